//! Entente's HTTP server: the JSON API under `/api/v1` (documented by an OpenAPI 3
//! file generated from the handlers, served at `/api/v1/openapi.json`) and the
//! dashboard at `/`, compiled into the binary.
//!
//! The store is opened read-only. SQLite connections are not `Sync`, so each request
//! borrows one from a small pool inside `spawn_blocking`; queries never run on the async
//! workers. The coder (models, dictionaries) is loaded once, in the background after
//! start-up, so `serve` answers at once and `POST /api/v1/code` waits only if it comes
//! before the load finishes.

pub mod api;
pub mod error;
pub mod openapi;

use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use entente::coder::{Coder, LoadOptions};
use entente_store::{Store, StoreError};
use error::ApiError;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::OnceCell;

/// Largest accepted request body (`POST /api/v1/code`): 1 MiB. Larger bodies get 413.
pub const MAX_BODY: usize = 1 << 20;
/// Largest accepted query string, in bytes. Longer ones get 414.
pub const MAX_QUERY: usize = 4096;
/// A request taking longer than this is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How to run the server.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    /// Where the coder of `POST /api/v1/code` loads from.
    pub coder: LoadOptions,
    /// Idle read-only connections kept for reuse.
    pub pool_size: usize,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            coder: LoadOptions::default(),
            pool_size: 16,
        }
    }
}

/// Read-only connections for reuse: opening one per request would cost a file open and
/// a schema check each time.
struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    max_idle: usize,
}

impl Pool {
    fn get(&self) -> Result<Store, StoreError> {
        let popped = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        match popped {
            Some(s) => Ok(s),
            None => Store::open_read_only(&self.path),
        }
    }

    fn put(&self, s: Store) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < self.max_idle {
            idle.push(s);
        }
    }
}

/// The coder, or why it could not be loaded.
type CoderSlot = Result<Arc<Coder>, String>;

/// What every handler shares.
pub struct AppState {
    pool: Pool,
    db_display: String,
    coder_opts: LoadOptions,
    coder: OnceCell<CoderSlot>,
    openapi: String,
}

impl AppState {
    /// Opens the database read-only (failing now, not on the first request, when it is
    /// missing or of another schema version).
    pub fn open(config: &Config) -> Result<Arc<AppState>, StoreError> {
        let first = Store::open_read_only(&config.db)?;
        let pool = Pool {
            path: config.db.clone(),
            idle: Mutex::new(vec![first]),
            max_idle: config.pool_size.max(1),
        };
        Ok(Arc::new(AppState {
            pool,
            db_display: config.db.display().to_string(),
            coder_opts: config.coder.clone(),
            coder: OnceCell::new(),
            openapi: openapi::document_json(),
        }))
    }

    /// The database path as given.
    pub fn db_path(&self) -> &Path {
        &self.pool.path
    }

    /// Runs a store query on the blocking pool with a pooled connection.
    pub(crate) async fn with_store<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
            let s = st.pool.get()?;
            let r = f(&s);
            st.pool.put(s);
            r
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// The coder, loading it on first use (on the blocking pool).
    pub async fn coder(self: &Arc<Self>) -> &CoderSlot {
        let opts = self.coder_opts.clone();
        self.coder
            .get_or_init(|| async move {
                let t = std::time::Instant::now();
                let r = tokio::task::spawn_blocking(move || Coder::load(&opts))
                    .await
                    .map_err(|e| e.to_string())
                    .and_then(|r| r.map_err(|e| e.to_string()));
                match &r {
                    Ok(c) => tracing::info!(
                        ms = t.elapsed().as_millis() as u64,
                        version = c.version(),
                        "coder loaded"
                    ),
                    Err(e) => tracing::warn!(error = %e, "coder not available"),
                }
                r.map(Arc::new)
            })
            .await
    }

    /// Starts loading the coder in the background.
    pub fn preload_coder(self: &Arc<Self>) {
        let st = self.clone();
        tokio::spawn(async move {
            st.coder().await;
        });
    }
}

/// Gives every error response the JSON error body, including those made outside the
/// handlers (unknown route, wrong method, timeout), which axum and tower-http answer in
/// plain text.
async fn json_errors(req: Request<Body>, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        let msg = match status {
            StatusCode::NOT_FOUND => "no such resource".to_string(),
            StatusCode::METHOD_NOT_ALLOWED => "method not allowed on this resource".to_string(),
            StatusCode::REQUEST_TIMEOUT => {
                format!("request took longer than {}s", REQUEST_TIMEOUT.as_secs())
            }
            StatusCode::PAYLOAD_TOO_LARGE => format!("body larger than {MAX_BODY} bytes"),
            s => s.canonical_reason().unwrap_or("error").to_string(),
        };
        let mut r = ApiError::new(status, None, msg).into_response();
        if let Some(allow) = res.headers().get(header::ALLOW) {
            r.headers_mut().insert(header::ALLOW, allow.clone());
        }
        return r;
    }
    res
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

/// The whole application.
pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/healthz", get(api::healthz))
        .route("/api/v1/openapi.json", get(api::openapi_json))
        .route("/api/v1/events", get(api::events))
        .route("/api/v1/dyads/{a}/{b}", get(api::dyad))
        .route("/api/v1/top/dyads", get(api::top_dyads))
        .route("/api/v1/top/actors", get(api::top_actors))
        .route("/api/v1/actors", get(api::actors))
        .route("/api/v1/articles/{id}", get(api::article))
        .route("/api/v1/code", post(api::code))
        .route(
            "/",
            get(|| async {
                asset(
                    "text/html; charset=utf-8",
                    include_str!("static/index.html"),
                )
            }),
        )
        .route(
            "/app.js",
            get(|| async {
                asset(
                    "text/javascript; charset=utf-8",
                    include_str!("static/app.js"),
                )
            }),
        )
        .route(
            "/style.css",
            get(|| async { asset("text/css; charset=utf-8", include_str!("static/style.css")) }),
        )
        .fallback(|| async { StatusCode::NOT_FOUND });
    api.layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_BODY))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(json_errors))
        .with_state(state)
}

/// Serves `state` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}
