using Microsoft.EntityFrameworkCore;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Infrastructure;

/// <summary>Which SLA is in force: the estate's own for the category and urgency, else the documented default.</summary>
internal static class SlaPolicies
{
    public static async Task<SlaTimes> InForceAsync(
        RepairsDb db, Guid estateId, RepairCategory category, RepairUrgency urgency, CancellationToken cancellationToken)
    {
        var own = await db.SlaPolicies.AsNoTracking()
            .FirstOrDefaultAsync(p => p.EstateId == estateId && p.Category == category && p.Urgency == urgency, cancellationToken);
        return own?.Times ?? SlaDefaults.For(category, urgency);
    }

    public static async Task<BusinessCalendar> CalendarAsync(RepairsDb db, Guid estateId, CancellationToken cancellationToken) =>
        await db.BusinessCalendars.AsNoTracking().FirstOrDefaultAsync(c => c.EstateId == estateId, cancellationToken)
        ?? BusinessCalendar.Default(estateId);

    public static async Task<EscalationLadder> LadderAsync(RepairsDb db, Guid estateId, CancellationToken cancellationToken) =>
        await db.EscalationLadders.AsNoTracking().FirstOrDefaultAsync(l => l.EstateId == estateId, cancellationToken)
        ?? EscalationLadder.Default(estateId);
}
