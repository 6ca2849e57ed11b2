namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>Open → Rectified (the estate reports it fixed) → Verified (quality confirms); a rejected rectification is open again.</summary>
public enum FindingStatus
{
    Open,
    Rectified,
    Verified,
}
