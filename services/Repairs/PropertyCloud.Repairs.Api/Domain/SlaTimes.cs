namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Minutes allowed, from intake, to accept (response), to be on site, and to complete (resolution).</summary>
public sealed record SlaTimes(int ResponseMinutes, int OnSiteMinutes, int ResolutionMinutes)
{
    public TimeSpan For(SlaTarget target) => TimeSpan.FromMinutes(target switch
    {
        SlaTarget.Response => ResponseMinutes,
        SlaTarget.OnSite => OnSiteMinutes,
        _ => ResolutionMinutes,
    });
}
