namespace PropertyCloud.Surveys.Api.Domain.Sampling;

/// <summary>The third of its building's floors a household lives on; samples spread evenly over them.</summary>
public enum FloorBand
{
    Low,
    Middle,
    High,
}
