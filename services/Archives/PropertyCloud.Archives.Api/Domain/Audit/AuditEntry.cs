using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PropertyCloud.Archives.Api.Domain.Audit;

/// <summary>
/// One line of the append-only audit log. Each entry holds the hash of the one before it and its own hash over a
/// canonical serialisation of all its fields, so editing or deleting any entry breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Sequence { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid EstateId { get; private set; }
    public string Action { get; private set; } = "";
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    public string Details { get; private set; } = "";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditEntry() { }

    public static AuditEntry Chain(long sequence, string previousHash, AuditRecord record, DateTimeOffset now)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            // PostgreSQL keeps microseconds; the hash must cover what is stored.
            OccurredAt = new DateTimeOffset(now.UtcTicks - now.UtcTicks % 10, TimeSpan.Zero),
            EstateId = record.EstateId,
            Action = record.Action,
            ActorId = record.ActorId,
            ActorName = record.ActorName,
            SubjectId = record.SubjectId,
            Details = record.Details,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>SHA-256 (lower-case hex) over the JSON array of every field but the hash itself.</summary>
    public string ComputeHash()
    {
        string[] fields =
        [
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            EstateId.ToString("D"), Action, ActorId, ActorName, SubjectId.ToString("D"), Details, PreviousHash,
        ];
        var canonical = JsonSerializer.Serialize(fields);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
