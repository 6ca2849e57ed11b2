namespace PropertyCloud.Surveys.Api.Domain.Sampling;

/// <summary>The sample drawn for one estate, with what it was drawn from.</summary>
public sealed record EstateSample(IReadOnlyList<SampleDraw> Drawn, int Households, int Entrances, int Target);
