using System.Text.Json.Nodes;

namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>The bad values tried for a field of each kind: (name, value, whether the JSON reader itself must refuse it).</summary>
public static class BadValues
{
    public const string SqlInjection = "'; DROP TABLE outbox_messages; --";
    public const string HtmlInjection = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    public static readonly string Huge = new('x', 1024 * 1024);

    public static IEnumerable<(string Name, JsonNode? Value, bool Unreadable)> For(SchemaKind kind) => kind switch
    {
        SchemaKind.String =>
        [
            ("wrong-type", JsonValue.Create(12345), true),
            ("huge-string", JsonValue.Create(Huge), false),
            ("sql-injection", JsonValue.Create(SqlInjection), false),
            ("html-injection", JsonValue.Create(HtmlInjection), false),
            ("empty", JsonValue.Create(""), false),
            ("null", null, false),
        ],
        SchemaKind.Guid =>
        [
            ("not-a-guid", JsonValue.Create("not-a-guid"), true),
            ("wrong-type", JsonValue.Create(12345), true),
            ("empty-guid", JsonValue.Create(Guid.Empty.ToString()), false),
            ("null", null, false),
        ],
        SchemaKind.DateTime or SchemaKind.Date =>
        [
            ("bad-date", JsonValue.Create("2026-13-45T99:00:00Z"), true),
            ("not-a-date", JsonValue.Create("yesterday"), true),
            ("min-date", JsonValue.Create(kind == SchemaKind.Date ? "0001-01-01" : "0001-01-01T00:00:00+00:00"), false),
            ("max-date", JsonValue.Create(kind == SchemaKind.Date ? "9999-12-31" : "9999-12-31T23:59:59+00:00"), false),
            // A good time as a browser in China sends it: the database takes only UTC, so the service must convert.
            ("china-time", JsonValue.Create(kind == SchemaKind.Date ? "2026-11-20" : "2026-11-20T16:00:00+08:00"), false),
            ("null", null, false),
        ],
        SchemaKind.Time =>
        [
            ("bad-time", JsonValue.Create("25:99:00"), true),
            ("not-a-time", JsonValue.Create("noon"), true),
            ("null", null, false),
        ],
        SchemaKind.Duration =>
        [
            ("not-a-duration", JsonValue.Create("forever"), true),
            ("negative-duration", JsonValue.Create("-01:00:00"), false),
            ("huge-duration", JsonValue.Create("10675199.02:48:05.4775807"), false),
            ("null", null, false),
        ],
        SchemaKind.Integer =>
        [
            ("wrong-type", JsonValue.Create("twelve"), true),
            ("negative", JsonValue.Create(-1), false),
            ("huge-number", JsonValue.Create(99999999999999999999m), true),
            ("max-int", JsonValue.Create(int.MaxValue), false),
            ("fraction", JsonValue.Create(1.5m), true),
            ("null", null, false),
        ],
        SchemaKind.Number =>
        [
            ("wrong-type", JsonValue.Create("twelve"), true),
            ("negative", JsonValue.Create(-1m), false),
            ("huge-number", JsonValue.Create(79228162514264337593543950335m), false),
            ("tiny-fraction", JsonValue.Create(0.0000000001m), false),
            ("null", null, false),
        ],
        SchemaKind.Boolean => [("wrong-type", JsonValue.Create("yes"), true), ("null", null, false)],
        SchemaKind.Enum =>
        [
            ("unknown-enum", JsonValue.Create("NoSuchValue"), true),
            ("numeric-enum", JsonValue.Create(999), false),
            ("null", null, false),
        ],
        SchemaKind.Array =>
        [
            ("wrong-type", JsonValue.Create("not-a-list"), true),
            ("null-item", new JsonArray((JsonNode?)null), false),
            ("null", null, false),
        ],
        SchemaKind.Object => [("wrong-type", JsonValue.Create("not-an-object"), true), ("null", null, false)],
        _ => [("wrong-type", new JsonObject { ["x"] = 1 }, false)],
    };
}
