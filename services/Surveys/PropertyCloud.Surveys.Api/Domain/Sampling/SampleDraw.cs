namespace PropertyCloud.Surveys.Api.Domain.Sampling;

/// <summary>
/// One household drawn into a sample. <see cref="Weight"/> is the number of its building's households it stands
/// for (building households / building sample), so over-sampled buildings do not skew the estate's figures.
/// </summary>
public sealed record SampleDraw(SamplingUnit Household, FloorBand Band, int Order, decimal Weight);
