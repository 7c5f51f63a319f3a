//! The handlers of `/api/v1` and the types that document their responses. Query
//! strings are parsed here, by hand, so that every bad parameter becomes a 400 naming
//! it (axum's extractors would answer in plain text), and unknown parameters are
//! refused rather than silently ignored (a typo would otherwise widen a filter).

use crate::error::{ApiError, ErrorBody};
use crate::AppState;
use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use entente::coder::CodeOptions;
use entente_store::query::{parse_cameo, ActorSel, By, EventFilter};
use entente_store::top::{Level, TopOptions};
use entente_store::Store;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;
use utoipa::{IntoParams, ToSchema};

type S = State<Arc<AppState>>;

/// A parsed query string: each allowed parameter at most once.
struct Params(HashMap<String, String>);

impl Params {
    fn parse(raw: Option<String>, allowed: &[&str]) -> Result<Params, ApiError> {
        // Longer than MAX_QUERY was refused with 414 by `crate::limit_query`.
        let raw = raw.unwrap_or_default();
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&raw)
            .map_err(|e| ApiError::bad("query", format!("malformed query string: {e}")))?;
        let mut m = HashMap::new();
        for (k, v) in pairs {
            if !allowed.contains(&k.as_str()) {
                return Err(ApiError::bad(
                    &k,
                    format!("unknown parameter (known: {})", allowed.join(", ")),
                ));
            }
            if m.insert(k.clone(), v).is_some() {
                return Err(ApiError::bad(&k, "given more than once"));
            }
        }
        Ok(Params(m))
    }

    /// The value, with empty values meaning "not given" (what an HTML form sends).
    fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(|s| s.as_str()).filter(|s| !s.is_empty())
    }

    fn date(&self, k: &str) -> Result<Option<NaiveDate>, ApiError> {
        self.get(k)
            .map(|s| {
                NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map_err(|_| ApiError::bad(k, format!("{s:?} is not a date (YYYY-MM-DD)")))
            })
            .transpose()
    }

    fn number(&self, k: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.get(k) {
            None => Ok(default),
            Some(s) => match s.parse::<usize>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(ApiError::bad(
                    k,
                    format!("{s:?} is not a number from 1 to {max}"),
                )),
            },
        }
    }

    fn flag(&self, k: &str) -> Result<bool, ApiError> {
        match self.get(k) {
            None | Some("false") | Some("0") => Ok(false),
            Some("true") | Some("1") => Ok(true),
            Some(s) => Err(ApiError::bad(k, format!("{s:?} is not true or false"))),
        }
    }
}

/// An actor code from the client: well formed, and present in the store (an unknown
/// code is a mistake to report, not an empty answer).
fn actor(store: &Store, s: &str, field: &str) -> Result<ActorSel, ApiError> {
    let a = ActorSel::parse(s, field)?;
    if !store.actor_known(&a)? {
        return Err(ApiError::bad(
            field,
            format!("no stored event has actor {:?}", a.0),
        ));
    }
    Ok(a)
}

/// A CAMEO code or root from the client: well formed and in the CAMEO table.
fn cameo(s: &str) -> Result<String, ApiError> {
    let c = parse_cameo(s)?;
    if entente::cameo::CameoTable::builtin().get(&c).is_none() {
        return Err(ApiError::bad("cameo", format!("{c:?} is not a CAMEO code")));
    }
    Ok(c)
}

fn path_error(e: PathRejection) -> ApiError {
    ApiError::bad("path", e.body_text())
}

// ---------------------------------------------------------------- documented shapes

/// An actor of an event record.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ActorDoc {
    /// CAMEO actor code, e.g. COLGOV.
    pub code: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub name: Option<String>,
    /// The words of the sentence that name it.
    pub text: Option<String>,
}

/// Where an event happened.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LocationDoc {
    pub name: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// The sentence an event was coded from, with byte spans `[start, end)` into `text`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct EvidenceDoc {
    pub text: Option<String>,
    pub source: Option<Vec<u32>>,
    pub verb: Option<Vec<u32>>,
    pub target: Option<Vec<u32>>,
}

/// One event in the record format of DESIGN.md.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct EventRecord {
    pub article_id: Option<String>,
    /// Index of the sentence in the article.
    pub sentence: i64,
    pub date: Option<String>,
    /// day, week, month, year or unknown.
    pub date_precision: Option<String>,
    pub source: Option<ActorDoc>,
    pub target: Option<ActorDoc>,
    pub cameo: String,
    pub root: String,
    pub quad_class: Option<i64>,
    pub goldstein: Option<f64>,
    pub plover: Option<String>,
    pub negated: bool,
    /// asserted, reported, hypothetical or future.
    pub modality: Option<String>,
    pub location: Option<LocationDoc>,
    pub evidence: Option<EvidenceDoc>,
    /// The pattern that fired.
    pub rule: Option<String>,
    pub coder_version: Option<String>,
}

/// A page of events; pass `next` as `cursor` for the following page.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct EventPage {
    pub events: Vec<EventRecord>,
    /// `null` on the last page.
    pub next: Option<String>,
}

/// One period of a dyad series.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PeriodDoc {
    /// First day of the period.
    pub start: String,
    /// 2026-W03, 2026-01 or 2026.
    pub label: String,
    pub events: u64,
    /// Counts by QuadClass 1..4: verbal cooperation, material cooperation, verbal
    /// conflict, material conflict.
    pub quad: Vec<u64>,
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
}

/// A change of regime in a relationship.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TurningPointDoc {
    pub start: String,
    pub label: String,
    /// cooperation or conflict.
    pub toward: String,
    pub mean_before: f64,
    pub mean_after: f64,
    /// The strongest events of the first period of the new regime.
    pub events: Vec<EventRecord>,
}

/// A dyad's series (both directions) and turning points: the figures of `entente dyad`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DyadDoc {
    pub a: String,
    pub b: String,
    /// week, month or year.
    pub by: String,
    pub periods: Vec<PeriodDoc>,
    pub turning_points: Vec<TurningPointDoc>,
}

/// A ranked dyad (`a` <= `b`) or actor (no `b`).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RankedDoc {
    pub a: String,
    pub b: Option<String>,
    pub events: u64,
    pub goldstein_mean: f64,
    pub first_half_events: u64,
    pub second_half_events: u64,
    pub first_half_mean: Option<f64>,
    pub second_half_mean: Option<f64>,
    /// Second-half mean Goldstein minus first-half mean.
    pub change: Option<f64>,
}

/// Most active and most changed dyads or actors of a period.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TopDoc {
    /// country or code.
    pub level: String,
    pub from: Option<String>,
    pub to: Option<String>,
    /// First day of the second half.
    pub mid: Option<String>,
    pub most_active: Vec<RankedDoc>,
    /// Ranked by the absolute change of mean Goldstein between the halves.
    pub most_changed: Vec<RankedDoc>,
}

/// An actor found by `GET /api/v1/actors`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ActorHitDoc {
    pub code: String,
    pub name: Option<String>,
    /// country or code.
    pub kind: String,
    pub events: u64,
}

/// Actor search results, most frequent first.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ActorsDoc {
    pub actors: Vec<ActorHitDoc>,
}

/// A stored article.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ArticleDoc {
    pub id: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub text: String,
}

/// An article with its events (and their evidence spans).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ArticleResponse {
    pub article: ArticleDoc,
    pub events: Vec<EventRecord>,
}

/// Text to code.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    pub text: String,
    /// Publication date (YYYY-MM-DD), for date-aware actor codes and event dates.
    pub date: Option<String>,
    /// Also return negated and hypothetical events (flagged).
    #[serde(default)]
    pub include_negated: bool,
}

/// The events of a text, not stored.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CodeResponse {
    pub coder_version: String,
    pub events: Vec<EventRecord>,
}

/// The coder's state.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CoderHealth {
    /// loading, ready or unavailable.
    pub status: String,
    pub version: Option<String>,
    pub error: Option<String>,
}

/// Server health.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// ok
    pub status: String,
    /// The database file, opened read-only.
    pub database: String,
    pub articles: u64,
    pub events: u64,
    pub coder: CoderHealth,
}

// ---------------------------------------------------------------- query parameters

/// Filters of `GET /api/v1/events`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct EventsParams {
    /// Events with this actor on either side: a country (USA) or a code prefix (COLGOV).
    actor: Option<String>,
    /// Events between two actors, `A:B`, both directions unless `directed`.
    dyad: Option<String>,
    /// With `dyad`: only A -> B.
    directed: Option<bool>,
    /// A CAMEO code (042) or root (04).
    cameo: Option<String>,
    /// QuadClass 1 to 4.
    quad: Option<u8>,
    /// First date (YYYY-MM-DD), inclusive.
    from: Option<String>,
    /// Last date (YYYY-MM-DD), inclusive.
    to: Option<String>,
    /// Include negated and hypothetical events.
    include_negated: Option<bool>,
    /// Page size, 1 to 1000 (default 50).
    limit: Option<usize>,
    /// The `next` of the previous page.
    cursor: Option<String>,
}
const EVENTS_KEYS: &[&str] = &[
    "actor",
    "dyad",
    "directed",
    "cameo",
    "quad",
    "from",
    "to",
    "include_negated",
    "limit",
    "cursor",
];

/// Options of `GET /api/v1/dyads/{a}/{b}`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct DyadParams {
    /// week, month (default) or year.
    by: Option<String>,
}

/// Options of the rankings.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct TopParams {
    /// First date (YYYY-MM-DD); default the first stored event.
    from: Option<String>,
    /// Last date (YYYY-MM-DD); default the last stored event.
    to: Option<String>,
    /// Entries per list, 1 to 100 (default 10).
    limit: Option<usize>,
    /// country (default) or code.
    level: Option<String>,
    /// Events needed in each half to be ranked by change, 1 to 1000 (default 3).
    min_events: Option<usize>,
}
const TOP_KEYS: &[&str] = &["from", "to", "limit", "level", "min_events"];

/// Actor search.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ActorsParams {
    /// Prefix of a code (case-insensitive) or of a stored name; empty lists the most
    /// frequent actors.
    q: Option<String>,
    /// At most this many, 1 to 100 (default 20).
    limit: Option<usize>,
}

// ---------------------------------------------------------------- handlers

/// Health: database, counts and the coder's state.
#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses((status = 200, body = Health)))]
pub async fn healthz(State(st): S) -> Result<Json<Health>, ApiError> {
    let (articles, events) = st.with_store(|s| Ok(s.counts()?)).await?;
    let coder = match st.coder.get() {
        None => CoderHealth {
            status: "loading".into(),
            version: None,
            error: None,
        },
        Some(Ok(c)) => CoderHealth {
            status: "ready".into(),
            version: Some(c.version().to_string()),
            error: None,
        },
        Some(Err(e)) => CoderHealth {
            status: "unavailable".into(),
            version: None,
            error: Some(e.clone()),
        },
    };
    Ok(Json(Health {
        status: "ok".into(),
        database: st.db_display.clone(),
        articles,
        events,
        coder,
    }))
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json")))]
pub async fn openapi_json(State(st): S) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        st.openapi.clone(),
    )
        .into_response()
}

/// Events in the record format, ordered by date, keyset-paginated.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventsParams),
    responses((status = 200, body = EventPage), (status = 400, body = ErrorBody)))]
pub async fn events(State(st): S, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q, EVENTS_KEYS)?;
    let from = p.date("from")?;
    let to = p.date("to")?;
    let limit = p.number("limit", 50, 1000)?;
    let directed = p.flag("directed")?;
    let include_negated = p.flag("include_negated")?;
    let cameo = p.get("cameo").map(cameo).transpose()?;
    let quad = match p.get("quad") {
        None => None,
        Some(s) => match s.parse::<u8>() {
            Ok(q) if (1..=4).contains(&q) => Some(q),
            _ => {
                return Err(ApiError::bad(
                    "quad",
                    format!("{s:?} is not a QuadClass (1 to 4)"),
                ))
            }
        },
    };
    let actor_s = p.get("actor").map(str::to_string);
    let dyad_s = match p.get("dyad") {
        None => None,
        Some(d) => match d.split_once(':') {
            Some((a, b)) => Some((a.to_string(), b.to_string())),
            None => {
                return Err(ApiError::bad(
                    "dyad",
                    format!("{d:?} is not A:B, e.g. USA:COL"),
                ))
            }
        },
    };
    let cursor = p.get("cursor").map(str::to_string);
    let page = st
        .with_store(move |s| {
            let f = EventFilter {
                actor: actor_s.map(|a| actor(s, &a, "actor")).transpose()?,
                dyad: match dyad_s {
                    Some((a, b)) => Some((actor(s, &a, "dyad")?, actor(s, &b, "dyad")?)),
                    None => None,
                },
                directed,
                cameo,
                quad,
                from,
                to,
                include_negated,
                limit,
                cursor,
            };
            Ok(s.events_json(&f)?)
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], page).into_response())
}

/// The relationship of two actors over time: events per period (both directions),
/// counts by QuadClass, mean Goldstein, and turning points.
#[utoipa::path(get, path = "/api/v1/dyads/{a}/{b}", tag = "analysis",
    params(("a" = String, Path, description = "First actor: country (USA) or code prefix (USAGOV)"),
           ("b" = String, Path, description = "Second actor"), DyadParams),
    responses((status = 200, body = DyadDoc), (status = 400, body = ErrorBody)))]
pub async fn dyad(
    State(st): S,
    path: Result<Path<(String, String)>, PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let Path((a, b)) = path.map_err(path_error)?;
    let p = Params::parse(q, &["by"])?;
    let by = By::parse(p.get("by").unwrap_or("month"))?;
    // Well-formedness first (cheap, no cache entry for garbage); whether the actors are
    // stored is checked with the query, so an answer for them is cached too.
    let (sa, sb) = (ActorSel::parse(&a, "a")?, ActorSel::parse(&b, "b")?);
    let key = format!("dyad/{}/{}/{by:?}", sa.0, sb.0);
    st.cached(key, move |s| {
        let a = actor(s, &a, "a")?;
        let b = actor(s, &b, "b")?;
        Ok(s.dyad(&a, &b, by)?)
    })
    .await
}

fn top_options(q: Option<String>) -> Result<TopOptions, ApiError> {
    let p = Params::parse(q, TOP_KEYS)?;
    let o = TopOptions {
        from: p.date("from")?,
        to: p.date("to")?,
        limit: p.number("limit", 10, 100)?,
        level: Level::parse(p.get("level").unwrap_or("country"))?,
        min_events_per_half: p.number("min_events", 3, 1000)? as u64,
    };
    if let (Some(f), Some(t)) = (o.from, o.to) {
        if f > t {
            return Err(ApiError::bad("from", format!("{f} is after to={t}")));
        }
    }
    Ok(o)
}

/// The cache key of ranking options: every field, so equal keys mean equal answers.
fn top_key(o: &TopOptions) -> String {
    format!(
        "{:?}/{:?}/{}/{:?}/{}",
        o.from, o.to, o.limit, o.level, o.min_events_per_half
    )
}

/// The most active dyads of a period and those whose relationship changed most.
#[utoipa::path(get, path = "/api/v1/top/dyads", tag = "analysis", params(TopParams),
    responses((status = 200, body = TopDoc), (status = 400, body = ErrorBody)))]
pub async fn top_dyads(State(st): S, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let o = top_options(q)?;
    st.cached(format!("top/dyads/{}", top_key(&o)), move |s| {
        Ok(s.top_dyads(&o)?)
    })
    .await
}

/// The most active actors of a period and those whose events changed most in tone.
#[utoipa::path(get, path = "/api/v1/top/actors", tag = "analysis", params(TopParams),
    responses((status = 200, body = TopDoc), (status = 400, body = ErrorBody)))]
pub async fn top_actors(State(st): S, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let o = top_options(q)?;
    st.cached(format!("top/actors/{}", top_key(&o)), move |s| {
        Ok(s.top_actors(&o)?)
    })
    .await
}

/// Actor codes and names as stored, by prefix.
#[utoipa::path(get, path = "/api/v1/actors", tag = "events", params(ActorsParams),
    responses((status = 200, body = ActorsDoc), (status = 400, body = ErrorBody)))]
pub async fn actors(State(st): S, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(q, &["q", "limit"])?;
    let limit = p.number("limit", 20, 100)?;
    let text = p.get("q").unwrap_or("").to_string();
    st.cached(format!("actors/{limit}/{text}"), move |s| {
        Ok(serde_json::json!({ "actors": s.search_actors(&text, limit)? }))
    })
    .await
}

/// A stored article with its events and their evidence spans.
#[utoipa::path(get, path = "/api/v1/articles/{id}", tag = "events",
    params(("id" = String, Path, description = "Article id")),
    responses((status = 200, body = ArticleResponse), (status = 404, body = ErrorBody)))]
pub async fn article(
    State(st): S,
    path: Result<Path<String>, PathRejection>,
    RawQuery(q): RawQuery,
) -> Result<Json<ArticleResponse>, ApiError> {
    let Path(id) = path.map_err(path_error)?;
    Params::parse(q, &[])?;
    let r = st
        .with_store(move |s| {
            let Some(a) = s.article(&id)? else {
                return Err(ApiError::new(
                    StatusCode::NOT_FOUND,
                    Some("id"),
                    format!("no article with id {id:?}"),
                ));
            };
            let events = s.article_events(&id)?;
            Ok((a, events))
        })
        .await?;
    let (a, events) = r;
    let events = events
        .into_iter()
        .map(serde_json::from_value)
        .collect::<Result<Vec<EventRecord>, _>>()
        .map_err(ApiError::internal)?;
    Ok(Json(ArticleResponse {
        article: ArticleDoc {
            id: a.id,
            date: a.date.map(|d| d.to_string()),
            title: a.title,
            url: a.url,
            source: a.source,
            text: a.text,
        },
        events,
    }))
}

/// Codes a text into events, without storing anything. Bodies over 1 MiB get 413.
#[utoipa::path(post, path = "/api/v1/code", tag = "coder", request_body = CodeRequest,
    responses((status = 200, body = CodeResponse), (status = 400, body = ErrorBody),
              (status = 413, body = ErrorBody), (status = 503, body = ErrorBody)))]
pub async fn code(
    State(st): S,
    body: Result<Json<CodeRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(req) = body.map_err(|e| {
        let status = match e.status() {
            StatusCode::PAYLOAD_TOO_LARGE => StatusCode::PAYLOAD_TOO_LARGE,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            _ => StatusCode::BAD_REQUEST,
        };
        ApiError::new(status, Some("body"), e.body_text())
    })?;
    let date = match req.date.as_deref().filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| ApiError::bad("date", format!("{d:?} is not a date (YYYY-MM-DD)")))?,
        ),
    };
    let coder = match st.coder().await {
        Ok(c) => c.clone(),
        Err(_) => {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                None,
                "the coder could not be loaded (see /healthz)",
            ))
        }
    };
    let opts = CodeOptions {
        include_negated: req.include_negated,
    };
    let text = req.text;
    let (version, events) = tokio::task::spawn_blocking(move || {
        let mut a = entente::Article::new("request".to_string(), text);
        a.date = date;
        let evs = coder.code(&mut a, opts);
        let evs: Vec<serde_json::Value> = evs
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        Ok::<_, serde_json::Error>((coder.version().to_string(), evs))
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::internal)?;
    Ok(Json(serde_json::json!({ "coder_version": version, "events": events })).into_response())
}
