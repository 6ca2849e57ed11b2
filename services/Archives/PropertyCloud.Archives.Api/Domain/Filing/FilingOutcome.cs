namespace PropertyCloud.Archives.Api.Domain.Filing;

/// <summary>What became of a filing request.</summary>
public enum FilingOutcome
{
    Filed,
    HeldUntilUnitExists,
    AlreadyFiled,
    AlreadyHeld,
}
