package io.consortia.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.1 document at /openapi.json: valid for swagger-parser (a maintained OpenAPI
 * parser and validator), naming exactly the routes the server answers, and describing what they
 * answer: real responses validated against its schemas (JSON Schema 2020-12, networknt).
 */
class OpenApiTest {

    private static ConsortiaServer server;
    private static Http http;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = ConsortiaServer.start(Http.CONSORTIA, ServerConfig.defaults().withPort(0));
        http = new Http(server.uri());
        doc = http.get("openapi.json").json();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void isAValidOpenApi31Document() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(doc.toString(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsOnlyKeys("/health", "/openapi.json", "/jurisdictions", "/parameters", "/rules/{id}",
                "/assess", "/gap", "/simulate");
    }

    @Test
    void swaggerParserFindsWhatIsWrongWithABrokenDocument() {
        ObjectNode broken = doc.deepCopy();
        ((ObjectNode) broken.at("/paths/~1health/get")).remove("responses");
        ((ObjectNode) broken.at("/paths/~1assess/post/requestBody/content/application~1json/schema")).put("$ref", "#/components/schemas/Nothing");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(broken.toString(), null, new ParseOptions());
        assertThat(result.getMessages()).isNotEmpty();
    }

    /** Each operation of the document, called for real: the status it documents, a body its schema accepts. */
    @Test
    void everyDocumentedRouteAnswersWhatItsSchemaDescribes() {
        ObjectNode assess = Http.JSON.createObjectNode();
        assess.set("profile", Http.example("examples/suzhou-eligible.yaml"));
        assess.put("record", true);
        ObjectNode simulate = Http.JSON.createObjectNode();
        simulate.set("history", Http.example("examples/histories/qingdao-contract-example.yaml"));
        Map<String, Http.Reply> calls = Map.of(
                "GET /health", http.get("health"),
                "GET /openapi.json", http.get("openapi.json"),
                "GET /jurisdictions", http.get("jurisdictions"),
                "GET /parameters", http.get("parameters?jurisdiction=suzhou&jurisdiction=qingdao"),
                "GET /rules/{id}", http.get("rules/suzhou.S5"),
                "POST /assess", http.post("assess", assess.toString()),
                "POST /gap", http.post("gap", assess.without("record").toString()),
                "POST /simulate", http.post("simulate", simulate.toString()));
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> operations.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey()));
        }
        assertThat(operations).containsExactlyInAnyOrderElementsOf(calls.keySet());
        calls.forEach((operation, reply) -> {
            assertThat(reply.status()).as(operation + ": " + reply.body()).isEqualTo(200);
            String[] parts = operation.split(" ");
            JsonNode schema = doc.at("/paths/" + parts[1].replace("~", "~0").replace("/", "~1") + "/" + parts[0].toLowerCase(java.util.Locale.ROOT)
                    + "/responses/200/content/application~1json/schema");
            assertThat(problems(schema, reply.json())).as(operation).isEmpty();
        });
    }

    @Test
    void problemsMatchTheProblemSchema() {
        JsonNode schema = doc.at("/components/schemas/Problem");
        for (Http.Reply r : List.of(http.post("assess", "{\"profile\": {}}"), http.get("rules/nothing"), http.get("assess"), http.get("nowhere"),
                http.post("simulate", "{\"history\": 1}"))) {
            assertThat(r.type()).startsWith("application/problem+json");
            assertThat(problems(schema, r.json())).as(r.body()).isEmpty();
        }
        assertThat(problems(schema, Http.JSON.createObjectNode().put("title", "no type"))).isNotEmpty();
    }

    /** A schema of the document's components, as JSON Schema 2020-12 (OpenAPI 3.1's dialect), against a value. */
    private static List<String> problems(JsonNode schema, JsonNode value) {
        ObjectNode s = Http.JSON.createObjectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.set("$defs", doc.at("/components/schemas"));
        s.setAll((ObjectNode) schema.deepCopy());
        String text = s.toString().replace("#/components/schemas/", "#/$defs/");
        Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())).getSchema(text, InputFormat.JSON);
        return compiled.validate(value).stream().map(Error::toString).toList();
    }
}
