namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>One rung: <paramref name="AfterMinutes"/> after a breach, still unmet, <paramref name="Notify"/> is told.</summary>
public sealed record EscalationRung(int AfterMinutes, EscalationRecipient Notify);
