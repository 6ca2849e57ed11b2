namespace PropertyCloud.Archives.Api.Domain.Destruction;

/// <summary>Proposed → Approved → Acted (one person destroyed) → Destroyed (a second person witnessed; registered).</summary>
public enum DestructionStatus
{
    Proposed,
    Approved,
    Acted,
    Destroyed,
}
