namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>The electronic document (view-only in the system) or the paper original (read on site, never taken away).</summary>
public enum LoanMedium
{
    Electronic,
    Original,
}
