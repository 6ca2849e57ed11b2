namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The three SLA targets of a repair order: accepted by a worker, worker on site, repair completed.</summary>
public enum SlaTarget
{
    Response,
    OnSite,
    Resolution,
}
