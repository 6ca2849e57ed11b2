using PropertyCloud.BuildingBlocks.EventBus;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.Billing.Contracts;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>
/// Writes a bill run's rows with PostgreSQL binary COPY on the run's own connection and transaction: 100,000 bills
/// are four COPY streams, not 100,000 INSERTs. The outbox rows are the same rows AddIntegrationEvent would write.
/// Rows are written with the synchronous API: it only buffers, and a million awaited calls cost seconds.
/// </summary>
internal static class BillRunCopyWriter
{

    public static async Task WriteAsync(BillingDb db, IReadOnlyList<Bill> bills, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY bills (id, estate_id, unit_id, bill_run_id, period, amount, adjusted_amount, paid_amount, due_date, issued_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var bill in bills)
            {
                copy.StartRow();
                copy.Write(bill.Id, NpgsqlDbType.Uuid);
                copy.Write(bill.EstateId, NpgsqlDbType.Uuid);
                copy.Write(bill.UnitId, NpgsqlDbType.Uuid);
                copy.Write(bill.BillRunId, NpgsqlDbType.Uuid);
                copy.Write(bill.Period, NpgsqlDbType.Varchar);
                copy.Write(bill.Amount, NpgsqlDbType.Numeric);
                copy.Write(0m, NpgsqlDbType.Numeric);
                copy.Write(0m, NpgsqlDbType.Numeric);
                copy.Write(bill.DueDate, NpgsqlDbType.Date);
                copy.Write(bill.IssuedAt, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY bill_lines (id, bill_id, charge_item_id, repair_order_id, kind, description, quantity, amount) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var line in bills.SelectMany(b => b.Lines))
            {
                copy.StartRow();
                copy.Write(line.Id, NpgsqlDbType.Uuid);
                copy.Write(line.BillId, NpgsqlDbType.Uuid);
                copy.Write(line.ChargeItemId, NpgsqlDbType.Uuid);
                copy.Write(line.RepairOrderId, NpgsqlDbType.Uuid);
                copy.Write(line.Kind.ToString(), NpgsqlDbType.Varchar);
                copy.Write(line.Description, NpgsqlDbType.Varchar);
                copy.Write(line.Quantity, NpgsqlDbType.Numeric);
                copy.Write(line.Amount, NpgsqlDbType.Numeric);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY ledger_entries (id, estate_id, transaction_id, account, debit, credit, source, source_id, posted_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var entry in bills.SelectMany(Postings.ForBill))
            {
                copy.StartRow();
                copy.Write(entry.Id, NpgsqlDbType.Uuid);
                copy.Write(entry.EstateId, NpgsqlDbType.Uuid);
                copy.Write(entry.TransactionId, NpgsqlDbType.Uuid);
                copy.Write(entry.Account.ToString(), NpgsqlDbType.Varchar);
                copy.Write(entry.Debit, NpgsqlDbType.Numeric);
                copy.Write(entry.Credit, NpgsqlDbType.Numeric);
                copy.Write(entry.Source, NpgsqlDbType.Varchar);
                copy.Write(entry.SourceId, NpgsqlDbType.Uuid);
                copy.Write(entry.PostedAt, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await OutboxBulkWriter.WriteAsync(connection, bills.Select(Issued), cancellationToken);
    }

    internal static BillIssued Issued(Bill bill) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = bill.IssuedAt,
        EstateId = bill.EstateId,
        BillId = bill.Id,
        UnitId = bill.UnitId,
        Period = bill.Period,
        Amount = bill.Amount,
        DueDate = bill.DueDate,
    };
}
