using System.Text.Json.Nodes;
using PropertyCloud.Robustness.Tests.OpenApi;

namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>
/// Makes a bounded, repeatable set of hostile requests for one operation: broken bodies, bad field values, bad path and
/// query values. The seed comes from the operation's name, so every run sends the same requests.
/// </summary>
public sealed class BadRequestGenerator(ApiDocument document, Guid estateId, int maxFieldCases = 24)
{
    private readonly Schemas _schemas = new(document);

    public IReadOnlyList<BadRequest> For(ApiOperation operation)
    {
        var random = new Random(StableSeed(operation.ToString()));
        var pathValues = operation.Parameters.Where(p => p.In == "path")
            .ToDictionary(p => p.Name, p => p.Name == "estateId" ? estateId.ToString() : Good(p, random));
        var body = operation.BodySchema is null ? null : _schemas.Sample(operation.BodySchema, random);
        var json = operation.BodyContentType?.Contains("json", StringComparison.Ordinal) ?? false;
        var cases = new List<BadRequest>();

        string Url(IReadOnlyDictionary<string, string> path, string query = "") =>
            path.Aggregate(operation.Path, (url, p) => url.Replace("{" + p.Key + "}", Uri.EscapeDataString(p.Value), StringComparison.Ordinal)) + query;

        BadRequest Request(string name, string? content, string? contentType, string? field, bool mustName,
            IReadOnlyDictionary<string, string>? path = null, string query = "") =>
            new(name, operation.Method, Url(path ?? pathValues, query), content, contentType, field, mustName);

        var goodBody = body?.ToJsonString();
        var bodyType = json ? "application/json" : operation.BodyContentType;
        if (operation.BodySchema is not null && json)
        {
            cases.Add(Request("body.empty", "", "application/json", "", false));
            cases.Add(Request("body.broken-json", "{\"x\": [1, 2", "application/json", "", false));
            cases.Add(Request("body.json-null", "null", "application/json", "", false));
            cases.Add(Request("body.wrong-content-type", "hello", "text/plain", "", false));
            if (body is JsonObject)
            {
                cases.Add(Request("body.array-for-object", "[1,2,3]", "application/json", "", true));
                var required = _schemas.Required(operation.BodySchema);
                if (required.Count > 0)
                {
                    cases.Add(Request("body.missing-required", "{}", "application/json", "", false));
                }
                var fieldCases = FieldCases(operation.BodySchema, body.AsObject(), "", 0)
                    .Select(c => Request(c.Name, c.Body, "application/json", c.Field, c.Unreadable))
                    .ToList();
                cases.AddRange(fieldCases.Count <= maxFieldCases
                    ? fieldCases
                    : fieldCases.OrderBy(_ => random.Next()).Take(maxFieldCases).OrderBy(c => c.Case, StringComparer.Ordinal));
            }
        }
        else if (operation.BodySchema is not null)
        {
            cases.Add(Request("body.json-for-form", "{\"x\":1}", "application/json", "", false));
            cases.Add(Request("body.broken-form", "--nope\r\nContent-Disposition: form-data\r\n\r\n", operation.BodyContentType, "", false));
        }

        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            foreach (var (name, value) in BadPathValues(parameter, random))
            {
                var path = new Dictionary<string, string>(pathValues) { [parameter.Name] = value };
                cases.Add(Request($"path.{name}:{parameter.Name}", goodBody, goodBody is null ? null : bodyType, null, false, path));
            }
        }
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            foreach (var (name, value) in BadQueryValues(parameter, random))
            {
                cases.Add(Request($"query.{name}:{parameter.Name}", goodBody, goodBody is null ? null : bodyType, null, false,
                    query: $"?{parameter.Name}={Uri.EscapeDataString(value)}"));
            }
        }
        return cases;
    }

    private IEnumerable<(string Name, string Body, string Field, bool Unreadable)> FieldCases(JsonNode? schema, JsonObject body, string prefix, int depth)
    {
        foreach (var (name, propertySchema) in _schemas.Properties(schema))
        {
            var field = prefix + name;
            var kind = _schemas.KindOf(propertySchema);
            foreach (var (fault, value, unreadable) in BadValues.For(kind))
            {
                var copy = body.DeepClone().AsObject();
                SetAt(copy, field, value?.DeepClone());
                yield return ($"body.{fault}:{field}", copy.ToJsonString(), field, unreadable);
            }
            if (kind == SchemaKind.Object && depth < 2 && body[name] is JsonObject)
            {
                foreach (var nested in FieldCases(propertySchema, body, field + ".", depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void SetAt(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = root;
        foreach (var part in parts[..^1])
        {
            target = target[part]!.AsObject();
        }
        target[parts[^1]] = value;
    }

    private string Good(ApiParameter parameter, Random random) => _schemas.KindOf(parameter.Schema) switch
    {
        SchemaKind.Integer => "1",
        SchemaKind.Number => "1",
        SchemaKind.Boolean => "true",
        SchemaKind.Date => "2026-11-20",
        SchemaKind.DateTime => "2026-11-20T08:00:00Z",
        SchemaKind.Time => "08:30:00",
        SchemaKind.Duration => "01:00:00",
        SchemaKind.Enum => _schemas.Resolve(parameter.Schema)!["enum"]!.AsArray().First(v => v is not null)!.ToString(),
        SchemaKind.String => "x",
        _ => Schemas.RandomGuid(random).ToString(),
    };

    private IEnumerable<(string Name, string Value)> BadPathValues(ApiParameter parameter, Random random) => _schemas.KindOf(parameter.Schema) switch
    {
        SchemaKind.Guid => [("not-a-guid", "not-a-guid"), ("unknown-guid", Schemas.RandomGuid(random).ToString()), ("injection", BadValues.SqlInjection)],
        SchemaKind.Integer => [("negative", "-1"), ("huge", "99999999999999999999"), ("not-a-number", "abc")],
        _ => [("injection", BadValues.SqlInjection), ("html", BadValues.HtmlInjection), ("long", new string('x', 2000))],
    };

    private IEnumerable<(string Name, string Value)> BadQueryValues(ApiParameter parameter, Random random) => _schemas.KindOf(parameter.Schema) switch
    {
        SchemaKind.Integer => [("negative", "-1"), ("huge", "99999999999999999999"), ("not-a-number", "abc"), ("min-int", int.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("max-int", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        SchemaKind.Number => [("negative", "-1"), ("huge", "1e400"), ("not-a-number", "abc")],
        SchemaKind.Guid => [("not-a-guid", "not-a-guid"), ("unknown-guid", Schemas.RandomGuid(random).ToString())],
        SchemaKind.Date or SchemaKind.DateTime => [("bad-date", "2026-02-30"), ("not-a-date", "yesterday"), ("min-date", "0001-01-01"), ("max-date", "9999-12-31"),
            ("china-time", "2026-11-20T16:00:00+08:00")],
        SchemaKind.Time or SchemaKind.Duration => [("bad-time", "25:99"), ("not-a-time", "noon")],
        SchemaKind.Enum => [("unknown-enum", "NoSuchValue"), ("numeric-enum", "999")],
        SchemaKind.Boolean => [("not-a-bool", "maybe")],
        _ => [("injection", BadValues.SqlInjection), ("html", BadValues.HtmlInjection), ("long", new string('长', 3000))],
    };

    /// <summary>FNV-1a: string.GetHashCode differs per process, this does not.</summary>
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & 0x7fffffff);
    }
}
