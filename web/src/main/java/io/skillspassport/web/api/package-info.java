/**
 * The score-ingestion API for outside assessment engines ({@code /api/v1/...}, Jakarta REST with
 * JSON-B): bearer-token authentication with Keycloak client-credentials tokens, a per-client rate
 * limit, a body limit, idempotency keys and RFC 9457 problem responses. The use cases are the
 * domain's {@code imports} boundary.
 */
package io.skillspassport.web.api;
