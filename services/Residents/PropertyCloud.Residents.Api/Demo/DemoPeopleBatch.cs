using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>Demo people gathered in memory and written with binary COPY: thousands of rows in a fraction of a second.</summary>
internal sealed class DemoPeopleBatch
{
    public List<Owner> Owners { get; } = [];
    public List<Ownership> Ownerships { get; } = [];
    public List<HouseholdMember> Members { get; } = [];
    public List<EmergencyContact> Contacts { get; } = [];

    public async Task CopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "owners (id, estate_id, kind, name, gender, phone, id_document_type, id_number_cipher, id_number_hash, " +
            "id_number_masked, native_place, address, moved_in_on, user_id, registered_at)", Owners, async (row, o) =>
        {
            await row.WriteAsync(o.Id, cancellationToken);
            await row.WriteAsync(o.EstateId, cancellationToken);
            await row.WriteAsync(o.Kind.ToString(), cancellationToken);
            await row.WriteAsync(o.Name, cancellationToken);
            await row.WriteAsync(o.Gender.ToString(), cancellationToken);
            await row.WriteAsync(o.Phone, cancellationToken);
            await row.WriteAsync(o.IdDocumentType.ToString(), cancellationToken);
            await row.WriteAsync(o.IdNumberCipher, cancellationToken);
            await row.WriteAsync(o.IdNumberHash, cancellationToken);
            await row.WriteAsync(o.IdNumberMasked, cancellationToken);
            await row.WriteAsync(o.NativePlace, cancellationToken);
            await row.WriteAsync(o.Address, cancellationToken);
            await WriteNullableAsync(row, o.MovedInOn, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(row, o.UserId, NpgsqlDbType.Varchar, cancellationToken);
            await row.WriteAsync(o.RegisteredAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);
        await CopyAsync(connection, "ownerships (id, estate_id, unit_id, owner_id, started_on, ended_on)", Ownerships, async (row, o) =>
        {
            await row.WriteAsync(o.Id, cancellationToken);
            await row.WriteAsync(o.EstateId, cancellationToken);
            await row.WriteAsync(o.UnitId, cancellationToken);
            await row.WriteAsync(o.OwnerId, cancellationToken);
            await row.WriteAsync(o.StartedOn, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(row, o.EndedOn, NpgsqlDbType.Date, cancellationToken);
        }, cancellationToken);
        await CopyAsync(connection, "household_members (id, estate_id, owner_id, name, relationship, gender, phone, added_at)", Members, async (row, m) =>
        {
            await row.WriteAsync(m.Id, cancellationToken);
            await row.WriteAsync(m.EstateId, cancellationToken);
            await row.WriteAsync(m.OwnerId, cancellationToken);
            await row.WriteAsync(m.Name, cancellationToken);
            await row.WriteAsync(m.Relationship, cancellationToken);
            await row.WriteAsync(m.Gender.ToString(), cancellationToken);
            await row.WriteAsync(m.Phone, cancellationToken);
            await row.WriteAsync(m.AddedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }, cancellationToken);
        await CopyAsync(connection, "emergency_contacts (id, estate_id, owner_id, name, relationship, phone)", Contacts, async (row, c) =>
        {
            await row.WriteAsync(c.Id, cancellationToken);
            await row.WriteAsync(c.EstateId, cancellationToken);
            await row.WriteAsync(c.OwnerId, cancellationToken);
            await row.WriteAsync(c.Name, cancellationToken);
            await row.WriteAsync(c.Relationship, cancellationToken);
            await row.WriteAsync(c.Phone, cancellationToken);
        }, cancellationToken);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, List<T> rows,
        Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var item in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await write(importer, item);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter row, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? row.WriteNullAsync(cancellationToken) : row.WriteAsync(value, type, cancellationToken);
}
