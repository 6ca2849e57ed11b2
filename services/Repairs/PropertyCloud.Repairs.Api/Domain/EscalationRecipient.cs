namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Who a rung of the escalation ladder tells about a missed SLA target.</summary>
public enum EscalationRecipient
{
    TeamLeader,
    EstateManager,
    QualityDepartment,
}
