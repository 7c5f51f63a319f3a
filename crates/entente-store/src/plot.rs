//! The dyad chart as SVG: mean Goldstein per period (top panel, on the scale's fixed
//! -10..+10 range so that two charts compare at a glance), event counts by QuadClass
//! (bottom panel), and the turning points as labelled vertical lines on both.
//!
//! SVG only, with plotters' built-in text layout: no system fonts are read, so the
//! chart renders the same on a server without fonts; the viewer's browser draws the text.

use crate::query::{By, Dyad};
use crate::{Result, StoreError};
use chrono::{Duration, NaiveDate};
use plotters::prelude::*;

/// Width and height of the chart in pixels.
pub const SIZE: (u32, u32) = (1000, 680);

const QUAD_NAMES: [&str; 4] = [
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];
const QUAD_COLORS: [RGBColor; 4] = [
    RGBColor(102, 189, 99),
    RGBColor(26, 120, 60),
    RGBColor(244, 165, 66),
    RGBColor(200, 40, 40),
];
const LINE: RGBColor = RGBColor(31, 90, 180);
const TURN: RGBColor = RGBColor(120, 60, 160);

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")
}

fn x_of(d: NaiveDate) -> f64 {
    (d - epoch()).num_days() as f64
}

fn date_of(x: f64) -> NaiveDate {
    epoch() + Duration::days(x.round() as i64)
}

/// Half a period, in days: the padding at both ends of the time axis.
fn half_period(by: By) -> f64 {
    match by {
        By::Week => 3.5,
        By::Month => 15.0,
        By::Year => 182.0,
    }
}

fn by_word(by: By) -> &'static str {
    match by {
        By::Week => "weekly",
        By::Month => "monthly",
        By::Year => "yearly",
    }
}

fn plot_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::Export {
        path: "plot".into(),
        message: e.to_string(),
    }
}

/// The label of a turning point on the chart, e.g. "→ cooperation 2026-01".
pub fn turning_label(toward: &str, period: &str) -> String {
    format!("→ {toward} {period}")
}

/// Draws `d` and returns the SVG document.
pub fn dyad_svg(d: &Dyad) -> Result<String> {
    let mut svg = String::new();
    draw(d, &mut svg).map_err(plot_err)?;
    Ok(svg)
}

fn draw(d: &Dyad, svg: &mut String) -> std::result::Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::with_string(svg, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let title = format!("{}–{}, {}", d.a, d.b, by_word(d.by));
    let root = root.titled(&title, ("sans-serif", 24))?;
    let (top, bottom) = root.split_vertically(SIZE.1 * 6 / 10 - 30);

    let pad = half_period(d.by);
    let (x0, x1) = match (d.periods.first(), d.periods.last()) {
        (Some(f), Some(l)) => (x_of(f.start) - pad, x_of(l.start) + pad),
        _ => {
            let today = chrono::Utc::now().date_naive();
            (x_of(today) - pad, x_of(today) + pad)
        }
    };
    let fmt = match d.by {
        By::Week => "%Y-%m-%d",
        By::Month | By::Year => "%Y-%m",
    };
    let x_label = |x: &f64| date_of(*x).format(fmt).to_string();

    let mut g = ChartBuilder::on(&top)
        .margin(12)
        .margin_right(36)
        .x_label_area_size(28)
        .y_label_area_size(50)
        .build_cartesian_2d(x0..x1, -10.0..10.0)?;
    g.configure_mesh()
        .x_labels(8)
        .x_label_formatter(&x_label)
        .y_desc("mean Goldstein")
        .light_line_style(WHITE.mix(0.0))
        .draw()?;
    // The neutral line: above it cooperation, below it conflict.
    g.draw_series(std::iter::once(PathElement::new(
        vec![(x0, 0.0), (x1, 0.0)],
        BLACK.mix(0.4),
    )))?;
    let pts: Vec<(f64, f64)> = d
        .periods
        .iter()
        .map(|p| (x_of(p.start), p.goldstein_mean))
        .collect();
    g.draw_series(LineSeries::new(pts.iter().copied(), LINE.stroke_width(2)))?
        .label("mean Goldstein per period")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], LINE.stroke_width(2)));
    g.draw_series(PointSeries::of_element(
        pts.iter().copied(),
        3,
        LINE.filled(),
        &|c, s, st| Circle::new(c, s, st),
    ))?;
    for t in &d.turning_points {
        let x = x_of(t.start);
        g.draw_series(std::iter::once(PathElement::new(
            vec![(x, -10.0), (x, 10.0)],
            TURN.stroke_width(2),
        )))?;
        g.draw_series(std::iter::once(Text::new(
            turning_label(t.toward, &t.label),
            (x + pad * 0.2, 9.2),
            ("sans-serif", 15).into_font().color(&TURN),
        )))?;
    }
    if d.periods.is_empty() {
        g.draw_series(std::iter::once(Text::new(
            "no dated events for this dyad",
            (x0 + pad * 0.2, 1.0),
            ("sans-serif", 16),
        )))?;
    }
    g.configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK.mix(0.3))
        .draw()?;

    let max = d
        .periods
        .iter()
        .flat_map(|p| p.quad)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut q = ChartBuilder::on(&bottom)
        .margin(12)
        .margin_right(36)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .build_cartesian_2d(x0..x1, 0.0..max * 1.1)?;
    q.configure_mesh()
        .x_labels(8)
        .x_label_formatter(&x_label)
        .x_desc("period")
        .y_desc("events")
        .y_label_formatter(&|y| format!("{y:.0}"))
        .light_line_style(WHITE.mix(0.0))
        .draw()?;
    for (k, (name, color)) in QUAD_NAMES.iter().zip(QUAD_COLORS).enumerate() {
        let pts: Vec<(f64, f64)> = d
            .periods
            .iter()
            .map(|p| (x_of(p.start), p.quad[k] as f64))
            .collect();
        q.draw_series(LineSeries::new(pts.iter().copied(), color.stroke_width(1)))?
            .label(*name)
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
            });
        q.draw_series(PointSeries::of_element(
            pts.iter().copied(),
            2,
            color.filled(),
            &|c, s, st| Circle::new(c, s, st),
        ))?;
    }
    for t in &d.turning_points {
        let x = x_of(t.start);
        q.draw_series(std::iter::once(PathElement::new(
            vec![(x, 0.0), (x, max * 1.1)],
            TURN.mix(0.6).stroke_width(1),
        )))?;
    }
    q.configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK.mix(0.3))
        .draw()?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{Period, TurningPoint};

    fn dyad(n_turns: usize) -> Dyad {
        let periods: Vec<Period> = (0..24)
            .map(|m| {
                let start = NaiveDate::from_ymd_opt(2025 + m / 12, (m % 12) as u32 + 1, 1).unwrap();
                let coop = m >= 12;
                Period {
                    start,
                    label: start.format("%Y-%m").to_string(),
                    events: 8,
                    quad: if coop { [4, 4, 0, 0] } else { [0, 0, 4, 4] },
                    goldstein_sum: if coop { 33.2 } else { -36.0 },
                    goldstein_mean: if coop { 4.15 } else { -4.5 },
                }
            })
            .collect();
        let turning_points = (0..n_turns)
            .map(|i| TurningPoint {
                start: periods[12 + i].start,
                label: periods[12 + i].label.clone(),
                toward: "cooperation",
                mean_before: -4.5,
                mean_after: 4.15,
                events: vec![],
            })
            .collect();
        Dyad {
            a: "USA".into(),
            b: "COL".into(),
            by: By::Month,
            periods,
            turning_points,
        }
    }

    #[test]
    fn svg_has_title_series_and_one_marker_per_turning_point() {
        for n in [0, 1, 2] {
            let svg = dyad_svg(&dyad(n)).unwrap();
            assert!(svg.contains("<svg"), "not an SVG document");
            assert!(svg.trim_end().ends_with("</svg>"));
            assert!(svg.contains("USA–COL, monthly"));
            assert!(svg.contains("mean Goldstein"));
            assert!(svg.contains("material conflict"));
            assert_eq!(
                svg.matches("→ cooperation").count(),
                n,
                "{n} turning points"
            );
            if n > 0 {
                assert!(svg.contains("→ cooperation 2026-01"));
            }
        }
    }

    #[test]
    fn empty_and_single_period_dyads_still_draw() {
        let mut d = dyad(0);
        d.periods.truncate(1);
        assert!(dyad_svg(&d).unwrap().contains("<svg"));
        d.periods.clear();
        let svg = dyad_svg(&d).unwrap();
        assert!(svg.contains("no dated events"));
    }
}
