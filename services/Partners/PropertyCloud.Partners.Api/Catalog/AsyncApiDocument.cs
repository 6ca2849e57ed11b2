using System.Text.Json.Nodes;
using PropertyCloud.Partners.Api.Feed;

namespace PropertyCloud.Partners.Api.Catalog;

/// <summary>
/// The AsyncAPI 3.0 description of the public feed: one channel per event type on the topic exchange (routing key
/// "{partner}.{estateId}.{type}"), each message a CloudEvents 1.0 structured-mode document whose data has its JSON Schema.
/// </summary>
public static class AsyncApiDocument
{
    public static JsonObject Build()
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        foreach (var type in PublicEventCatalog.All)
        {
            messages[type.Name] = new JsonObject
            {
                ["name"] = type.Name,
                ["title"] = type.Name,
                ["summary"] = type.Summary.English,
                ["contentType"] = "application/cloudevents+json",
                ["payload"] = Envelope(type),
                ["examples"] = new JsonArray(new JsonObject { ["name"] = "example", ["payload"] = EventSchemas.Example(type) }),
            };
            channels[type.Name] = new JsonObject
            {
                ["address"] = "{partner}.{estateId}." + type.Name,
                ["description"] = type.Summary.English,
                ["parameters"] = new JsonObject
                {
                    ["partner"] = new JsonObject { ["description"] = "The partner's code." },
                    ["estateId"] = new JsonObject { ["description"] = "The estate the event belongs to." },
                },
                ["messages"] = new JsonObject { [type.Name] = Ref($"#/components/messages/{type.Name}") },
                ["bindings"] = new JsonObject
                {
                    ["amqp"] = new JsonObject
                    {
                        ["is"] = "routingKey",
                        ["exchange"] = new JsonObject { ["name"] = DeliveryOptions.Exchange, ["type"] = "topic", ["durable"] = true, ["autoDelete"] = false },
                    },
                },
            };
            operations["receive." + type.Name] = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = Ref($"#/channels/{type.Name}"),
                ["messages"] = new JsonArray(Ref($"#/channels/{type.Name}/messages/{type.Name}")),
            };
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "PropertyCloud public events",
                ["version"] = "1.0.0",
                ["description"] = "Events partners may subscribe to, filtered to their granted estates and types. Over AMQP each partner "
                    + $"consumes its own queue bound to the topic exchange '{DeliveryOptions.Exchange}'; over webhooks each message is POSTed "
                    + "signed per Standard Webhooks (webhook-id = the CloudEvents id). Retried with back-off for 24 hours, then parked "
                    + "and replayable. Deliveries are at least once: deduplicate by id.",
            },
            ["defaultContentType"] = "application/cloudevents+json",
            ["servers"] = new JsonObject
            {
                ["amqp"] = new JsonObject { ["host"] = "{host}", ["protocol"] = "amqp", ["variables"] = new JsonObject { ["host"] = new JsonObject { ["default"] = "localhost:5672" } } },
            },
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages },
        };
    }

    private static JsonObject Envelope(PublicEventType type) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("specversion", "id", "type", "source", "subject", "time", "datacontenttype", "estateid", "data"),
        ["properties"] = new JsonObject
        {
            ["specversion"] = new JsonObject { ["const"] = "1.0" },
            ["id"] = new JsonObject { ["type"] = "string", ["format"] = "uuid", ["description"] = "The event id; the same on every redelivery and replay." },
            ["type"] = new JsonObject { ["const"] = type.Name },
            ["source"] = new JsonObject { ["const"] = type.Source.ToString() },
            ["subject"] = new JsonObject { ["type"] = "string" },
            ["time"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["datacontenttype"] = new JsonObject { ["const"] = "application/json" },
            ["estateid"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" },
            ["data"] = EventSchemas.DataSchema(type),
        },
    };

    private static JsonObject Ref(string path) => new() { ["$ref"] = path };
}
