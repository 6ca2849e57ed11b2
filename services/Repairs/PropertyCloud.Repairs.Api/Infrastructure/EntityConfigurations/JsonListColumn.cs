using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PropertyCloud.Repairs.Api.Infrastructure.EntityConfigurations;

/// <summary>
/// A list of value objects kept in one jsonb column, read and written by System.Text.Json in the shape EF's owned JSON
/// mapping wrote it (property names as in C#, enums as names), so no migration. EF's owned-JSON materialisation of four
/// lists per row cost the repair queue about a sixth of its CPU per request; a plain value is one string and one deserialisation.
/// </summary>
internal static class JsonListColumn
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AsDomainObjects } },
    };

    /// <summary>Maps the private list field <paramref name="field"/> to the jsonb column <paramref name="column"/>.</summary>
    public static PropertyBuilder<List<T>?> HasJsonList<TEntity, T>(this EntityTypeBuilder<TEntity> entity, string field, string column)
        where TEntity : class =>
        entity.Property<List<T>?>(field)
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasColumnName(column)
            .HasColumnType("jsonb")
            .HasConversion(
                new ValueConverter<List<T>?, string>(list => Write(list), json => Read<T>(json)),
                // Items change in place (a pause is ended), so the snapshot is a deep copy and equality compares the JSON.
                new ValueComparer<List<T>?>((a, b) => Write(a) == Write(b), list => Write(list).GetHashCode(StringComparison.Ordinal),
                    list => list == null ? null : Read<T>(Write(list))));

    private static string Write<T>(List<T>? list) => JsonSerializer.Serialize(list, Options);

    private static List<T>? Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options);

    /// <summary>
    /// Domain value objects keep their setters private and may have no public constructor: use those, and leave out
    /// what is only worked out (a material's value, whether a pause is open).
    /// </summary>
    private static void AsDomainObjects(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        if (type.Type.GetConstructors().Length == 0
            && type.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor)
        {
            type.CreateObject = () => constructor.Invoke(null);
        }
        foreach (var property in type.Properties.Where(p => p.Set is null).ToList())
        {
            if (property.AttributeProvider is PropertyInfo { SetMethod: { } setter })
            {
                property.Set = (target, value) => setter.Invoke(target, [value]);
            }
            else
            {
                type.Properties.Remove(property);
            }
        }
    }
}
