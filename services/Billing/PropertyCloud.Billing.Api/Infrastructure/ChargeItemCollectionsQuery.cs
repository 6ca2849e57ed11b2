using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// Collections per charge item of an estate's year or month (optionally one building), computed in PostgreSQL: the rule of
/// <see cref="Collections.Split"/> — principal paid spread over a bill's lines pro rata, floored to the fen, the fen left
/// over going to the largest remainders — done with window functions in whole fen (exact integer arithmetic), then one
/// GROUP BY, so a year of bills never travels to the service. Equal remainders go to the lower line id: a stable order,
/// where the in-memory "earlier line" was whatever order the lines happened to load in (ties between two items of one
/// bill are the only case the two can differ, by one fen). <see cref="ChargeItemCollectionRow.Bills"/> counts distinct
/// bills, as documented (the in-memory version counted lines, so a bill with two spaces of one parking item counted twice).
/// </summary>
internal static class ChargeItemCollectionsQuery
{
    private const string Sql = """
        WITH b AS (
            SELECT b.id, b.paid_amount, b.adjusted_amount, b.late_fee_charged,
                   LEAST(b.paid_amount, b.amount + b.adjusted_amount - b.late_fee_charged) AS principal_paid
            FROM bills b
            WHERE b.estate_id = @estate AND b.period LIKE @prefix
              AND (@building IS NULL OR b.unit_id IN (SELECT u.id FROM billable_units u WHERE u.estate_id = @estate AND u.building_code = @building))
        ),
        l AS (
            SELECT l.id, l.bill_id, l.charge_item_id, l.repair_order_id, l.kind, l.amount,
                   GREATEST(0, b.principal_paid) * 100 * l.amount * 100 AS dividend,
                   sum(l.amount) OVER (PARTITION BY l.bill_id) * 100 AS divisor,
                   GREATEST(0, b.principal_paid) * 100 AS paid_fen
            FROM bill_lines l JOIN b ON b.id = l.bill_id
        ),
        q AS (
            SELECT l.*,
                   CASE WHEN divisor > 0 AND paid_fen > 0 THEN div(dividend, divisor) ELSE 0 END AS quotient,
                   CASE WHEN divisor > 0 AND paid_fen > 0 THEN mod(dividend, divisor) ELSE 0 END AS rest
            FROM l
        ),
        s AS (
            SELECT q.*,
                   quotient - CASE WHEN rest < 0 THEN 1 ELSE 0 END AS share_fen,
                   rest + CASE WHEN rest < 0 THEN divisor ELSE 0 END AS remainder
            FROM q
        ),
        r AS (
            SELECT s.*,
                   paid_fen - sum(share_fen) OVER (PARTITION BY bill_id) AS left_fen,
                   row_number() OVER (PARTITION BY bill_id ORDER BY remainder DESC, id) AS place
            FROM s
        ),
        parts AS (
            SELECT CASE WHEN repair_order_id IS NULL THEN 0 ELSE 1 END AS part, charge_item_id, kind, bill_id, amount AS charged,
                   (share_fen + CASE WHEN place <= left_fen THEN 1 ELSE 0 END) / 100 AS collected
            FROM r
            UNION ALL
            SELECT 2, NULL, NULL, id, adjusted_amount - late_fee_charged, 0 FROM b WHERE adjusted_amount - late_fee_charged <> 0
            UNION ALL
            SELECT 3, NULL, NULL, id, late_fee_charged, GREATEST(0, paid_amount - principal_paid) FROM b WHERE late_fee_charged <> 0
        )
        SELECT part, charge_item_id, min(kind) AS kind, count(DISTINCT bill_id) AS bills,
               round(sum(charged), 2) AS charged, round(sum(collected), 2) AS collected
        FROM parts
        GROUP BY part, charge_item_id
        """;

    /// <param name="periodPrefix">"2026-" for a year, "2026-03" for a month.</param>
    public static async Task<IReadOnlyList<ChargeItemCollectionRow>> ReadAsync(BillingDb db, Guid estateId, string periodPrefix, string? buildingCode,
        CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<ChargeItemCollectionRow>(Sql,
                new NpgsqlParameter("estate", NpgsqlDbType.Uuid) { Value = estateId },
                new NpgsqlParameter("prefix", NpgsqlDbType.Text) { Value = periodPrefix + "%" },
                new NpgsqlParameter("building", NpgsqlDbType.Text) { Value = (object?)buildingCode ?? DBNull.Value })
            .ToListAsync(cancellationToken);
}

/// <summary>One charge item's (or repairs', adjustments', late fees') year, as <see cref="ChargeItemCollectionsQuery"/> returns it.</summary>
internal sealed class ChargeItemCollectionRow
{
    /// <summary>A <see cref="CollectionPart"/> by number.</summary>
    public int Part { get; init; }
    public Guid? ChargeItemId { get; init; }

    /// <summary>The lines' <see cref="ChargeKind"/> by name; null for adjustments and late fees.</summary>
    public string? Kind { get; init; }
    public long Bills { get; init; }
    public decimal Charged { get; init; }
    public decimal Collected { get; init; }
}
