//! The OpenAPI 3 document, generated from the handlers' `#[utoipa::path]` attributes
//! and the response types' `ToSchema` derives, so it cannot drift from the code by hand.

use crate::api;
use crate::error::ErrorBody;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Entente API",
        description = "Political event data: events, dyads, rankings, actors, articles, and coding of text."
    ),
    paths(
        api::healthz,
        api::openapi_json,
        api::events,
        api::dyad,
        api::top_dyads,
        api::top_actors,
        api::actors,
        api::article,
        api::code
    ),
    components(schemas(
        ErrorBody,
        api::Health,
        api::CoderHealth,
        api::EventRecord,
        api::ActorDoc,
        api::LocationDoc,
        api::EvidenceDoc,
        api::EventPage,
        api::PeriodDoc,
        api::TurningPointDoc,
        api::DyadDoc,
        api::RankedDoc,
        api::TopDoc,
        api::ActorHitDoc,
        api::ActorsDoc,
        api::ArticleDoc,
        api::ArticleResponse,
        api::CodeRequest,
        api::CodeResponse
    ))
)]
pub struct ApiDoc;

/// The document as served.
pub fn document_json() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
