//! Entente's HTTP server: the JSON API under `/api/v1` (documented by an OpenAPI 3
//! file generated from the handlers, served at `/api/v1/openapi.json`) and the
//! dashboard at `/`, compiled into the binary.
//!
//! The store is opened read-only. SQLite connections are not `Sync`, so each query
//! borrows one from a pool as large as the machine has cores and runs on tokio's
//! blocking threads; a semaphore of the same size keeps more queries from running at
//! once than there are cores (more would only queue in the kernel instead of here).
//! Computed dyad series, rankings and actor searches are kept in a bounded cache (see
//! [`cache`]). The coder (models, dictionaries) is loaded once, in the background after
//! start-up, so `serve` answers at once and `POST /api/v1/code` waits only if it comes
//! before the load finishes.

pub mod api;
pub mod cache;
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
/// Where `entente serve` listens unless told otherwise: loopback, because the API has no
/// authentication.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";

/// The warning to print when the server is bound to an address others can reach.
pub fn exposure_warning(addr: &std::net::SocketAddr) -> Option<String> {
    (!addr.ip().is_loopback()).then(|| {
        format!(
            "listening on {addr} (not loopback): the API has no authentication; \
             anyone who can reach this address can read the database"
        )
    })
}

/// How to run the server.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    /// Where the coder of `POST /api/v1/code` loads from.
    pub coder: LoadOptions,
    /// Read-only connections, and so queries running at once.
    pub pool_size: usize,
    /// Computed bodies kept in memory (0: no cache).
    pub cache_entries: usize,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            coder: LoadOptions::default(),
            pool_size: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .max(2),
            cache_entries: 4096,
        }
    }
}

/// Opens a connection the way the server does: read-only at the file level and with
/// `query_only` set, with the file memory-mapped (pages are shared with the OS cache
/// instead of copied into each connection's) and room for the statements the
/// handlers prepare.
pub fn open_store(path: &Path) -> Result<Store, StoreError> {
    let s = Store::open_read_only(path)?;
    let c = s.conn();
    c.pragma_update(None, "query_only", true)?;
    c.pragma_update(None, "mmap_size", 1i64 << 32)?;
    c.pragma_update(None, "cache_size", -16384)?;
    c.set_prepared_statement_cache_capacity(64);
    Ok(s)
}

/// Read-only connections for reuse: opening one per request would cost a file open and
/// a schema check each time, and lose the prepared statements.
struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    max_idle: usize,
    permits: tokio::sync::Semaphore,
}

impl Pool {
    fn get(&self) -> Result<Store, StoreError> {
        let popped = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        match popped {
            Some(s) => Ok(s),
            None => open_store(&self.path),
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
    pub(crate) cache: cache::ResponseCache,
}

impl AppState {
    /// Opens the database read-only (failing now, not on the first request, when it is
    /// missing or of another schema version).
    pub fn open(config: &Config) -> Result<Arc<AppState>, StoreError> {
        let first = open_store(&config.db)?;
        let size = config.pool_size.max(1);
        let pool = Pool {
            path: config.db.clone(),
            idle: Mutex::new(vec![first]),
            max_idle: size,
            permits: tokio::sync::Semaphore::new(size),
        };
        Ok(Arc::new(AppState {
            pool,
            db_display: config.db.display().to_string(),
            coder_opts: config.coder.clone(),
            coder: OnceCell::new(),
            openapi: openapi::document_json(),
            cache: cache::ResponseCache::new(&config.db, config.cache_entries),
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
        let permit = self
            .pool
            .permits
            .acquire()
            .await
            .map_err(ApiError::internal)?;
        let st = self.clone();
        let r = tokio::task::spawn_blocking(move || {
            let s = st.pool.get()?;
            let r = f(&s);
            st.pool.put(s);
            r
        })
        .await
        .map_err(ApiError::internal)?;
        drop(permit);
        r
    }

    /// Hit and miss counts of the response cache.
    pub fn cache_stats(&self) -> cache::CacheStats {
        self.cache.stats()
    }

    /// A cached JSON body, or `f`'s answer serialized and cached under `key`.
    pub(crate) async fn cached<T, F>(
        self: &Arc<Self>,
        key: String,
        f: F,
    ) -> Result<Response, ApiError>
    where
        T: serde::Serialize + Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let body = match self.cache.get(&key) {
            Ok(b) => b,
            Err(token) => {
                let body = self
                    .with_store(move |s| {
                        let v = f(s)?;
                        serde_json::to_vec(&v).map_err(ApiError::internal)
                    })
                    .await?;
                let body = axum::body::Bytes::from(body);
                self.cache.put(key, body.clone(), token);
                body
            }
        };
        Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
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
            StatusCode::REQUEST_TIMEOUT => "request took too long".to_string(),
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

/// Refuses long query strings (414) before any handler sees them.
async fn limit_query(req: Request<Body>, next: Next) -> Response {
    if req.uri().query().is_some_and(|q| q.len() > MAX_QUERY) {
        return ApiError::new(
            StatusCode::URI_TOO_LONG,
            None,
            format!("query string longer than {MAX_QUERY} bytes"),
        )
        .into_response();
    }
    next.run(req).await
}

/// The limits every route runs under: body and query size, a time limit, panics caught
/// (answered 500 without the message, which goes to the log), and JSON error bodies.
/// Public so that tests can put a handler of their own (a slow one, one that panics)
/// under exactly these layers.
pub fn harden(app: Router, timeout: Duration) -> Router {
    app.layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_BODY))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(middleware::from_fn(limit_query))
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(middleware::from_fn(json_errors))
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
    harden(api.with_state(state), REQUEST_TIMEOUT)
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
