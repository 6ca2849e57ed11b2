using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Infrastructure;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// What the bill list and its XLSX export are narrowed by (query parameters, all optional): period "YYYY-MM", unitId,
/// status (Open, PartlyPaid, Paid) and buildingCode (as Residents names the building, e.g. "3栋").
/// </summary>
public sealed record BillFilter(string? Period, Guid? UnitId, BillStatus? Status, string? BuildingCode)
{
    /// <summary>The estate's bills this filter lets through (<see cref="Bill.Status"/> restated for SQL).</summary>
    internal IQueryable<Bill> Apply(BillingDb db, Guid estateId)
    {
        var bills = db.Bills.AsNoTracking().Where(b => b.EstateId == estateId);
        bills = Period is null ? bills : bills.Where(b => b.Period == Period);
        bills = UnitId is null ? bills : bills.Where(b => b.UnitId == UnitId);
        bills = BuildingCode is null
            ? bills
            : bills.Where(b => db.Units.Any(u => u.Id == b.UnitId && u.EstateId == estateId && u.BuildingCode == BuildingCode));
        return Status switch
        {
            BillStatus.Paid => bills.Where(b => b.Amount + b.AdjustedAmount - b.PaidAmount <= 0),
            BillStatus.PartlyPaid => bills.Where(b => b.Amount + b.AdjustedAmount - b.PaidAmount > 0 && b.PaidAmount > 0),
            BillStatus.Open => bills.Where(b => b.Amount + b.AdjustedAmount - b.PaidAmount > 0 && b.PaidAmount <= 0),
            _ => bills,
        };
    }
}
