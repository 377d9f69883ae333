/**
 * The HTTP API of {@code consortia serve}: the embedding facade for hosts in other languages, on
 * Jetty 12's core (ADR 0016). {@link io.consortia.server.ConsortiaServer} starts one on a host and
 * port; the routes, request and response bodies are described by the OpenAPI 3.1 document it
 * serves at {@code /openapi.json}; bad input is an RFC 9457 problem naming its place.
 */
module io.consortia.server {
    requires transitive io.consortia.facade;
    requires org.eclipse.jetty.server;
    requires org.slf4j;

    exports io.consortia.server;
}
