using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// An estate's escalation ladder after an SLA breach: who is told, and how long after the breach, while the target
/// stays unmet. Until an estate sets its own: team leader at once, estate manager after 30 min, quality after 2 h.
/// </summary>
public sealed class EscalationLadder
{
    private readonly List<EscalationRung> _rungs = [];

    public Guid EstateId { get; private set; }
    public IReadOnlyList<EscalationRung> Rungs => _rungs;

    private EscalationLadder() { }

    public static EscalationLadder Default(Guid estateId)
    {
        var ladder = new EscalationLadder { EstateId = estateId };
        ladder._rungs.AddRange([
            new(0, EscalationRecipient.TeamLeader), new(30, EscalationRecipient.EstateManager), new(120, EscalationRecipient.QualityDepartment)]);
        return ladder;
    }

    /// <summary>Replaces the rungs; they climb: each one later than the one before.</summary>
    public void Set(IReadOnlyList<EscalationRung> rungs)
    {
        if (rungs.Count == 0 || rungs[0].AfterMinutes < 0 || rungs.Zip(rungs.Skip(1)).Any(p => p.Second.AfterMinutes <= p.First.AfterMinutes))
        {
            throw new DomainException("escalation.rungs_out_of_order",
                new("升级层级至少一级，且每级的时间须晚于上一级", "A ladder needs at least one rung, each later than the one before"), "rungs");
        }
        _rungs.Clear();
        _rungs.AddRange(rungs);
    }

    /// <summary>The escalations a breach sets going, one per rung, each due its rung's minutes after the breach.</summary>
    public IEnumerable<SlaEscalation> PlanFor(SlaDeadline breached) =>
        _rungs.Select((rung, i) => new SlaEscalation(breached.RepairOrderId, breached.Target, i + 1, rung.Notify,
            breached.BreachedAt!.Value.AddMinutes(rung.AfterMinutes)));
}
