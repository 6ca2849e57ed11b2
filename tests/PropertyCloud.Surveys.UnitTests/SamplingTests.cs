using CsCheck;
using PropertyCloud.Surveys.Api.Domain.Sampling;

namespace PropertyCloud.Surveys.UnitTests;

public class SamplingTests
{
    private static readonly Gen<(List<SamplingUnit> Households, int Seed, decimal Rate)> Cases =
        Gen.Select(Estates.Any, Gen.Int, Gen.Int[10, 30].Select(p => p / 100m));

    [Fact]
    public void Draw_OverManySeeds_SamplesAtLeastTheRateOfHouseholds() =>
        Cases.Sample(c =>
        {
            var sample = StratifiedSampler.Draw(c.Households, c.Rate, c.Seed);
            Assert.True(sample.Drawn.Count >= Math.Ceiling(c.Households.Count * c.Rate));
            Assert.True(sample.Drawn.Count >= c.Households.Count * 0.10m);
        }, iter: 300);

    [Fact]
    public void Draw_OverManySeeds_CoversEveryEntrance() =>
        Cases.Sample(c =>
        {
            var sample = StratifiedSampler.Draw(c.Households, c.Rate, c.Seed);
            var entrances = c.Households.Select(h => (h.BuildingId, h.Entrance)).ToHashSet();
            Assert.Equal(entrances, sample.Drawn.Select(d => (d.Household.BuildingId, d.Household.Entrance)).ToHashSet());
        }, iter: 300);

    [Fact]
    public void Draw_OverManySeeds_NeverDrawsAHouseholdTwice() =>
        Cases.Sample(c =>
        {
            var sample = StratifiedSampler.Draw(c.Households, c.Rate, c.Seed);
            Assert.Equal(sample.Drawn.Count, sample.Drawn.Select(d => d.Household.UnitId).Distinct().Count());
        }, iter: 300);

    [Fact]
    public void Draw_WithTheSameSeed_DrawsTheSameHouseholdsWhateverTheOrder() =>
        Cases.Sample(c =>
        {
            var first = StratifiedSampler.Draw(c.Households, c.Rate, c.Seed);
            var shuffled = c.Households.OrderBy(h => h.UnitId).Reverse().ToList();
            var again = StratifiedSampler.Draw(shuffled, c.Rate, c.Seed);
            Assert.Equal(first.Drawn.Select(d => d.Household.UnitId), again.Drawn.Select(d => d.Household.UnitId));
        }, iter: 200);

    [Fact]
    public void Draw_WithAnotherSeed_DrawsOtherHouseholds()
    {
        var households = Estates.Build([new(2, 18, 2), new(3, 11, 2)]);
        var first = StratifiedSampler.Draw(households, 0.10m, 1).Drawn.Select(d => d.Household.UnitId).ToHashSet();
        var second = StratifiedSampler.Draw(households, 0.10m, 2).Drawn.Select(d => d.Household.UnitId).ToHashSet();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Draw_InBuildingsWithEveryFloorOnEveryEntrance_SpreadsPicksEvenlyOverLowMiddleAndHighFloors() =>
        Gen.Select(Estates.Building.Where(b => b.Floors >= 6).List[1, 5], Gen.Int).Sample(c =>
        {
            var households = Estates.Build(c.Item1);
            var sample = StratifiedSampler.Draw(households, 0.15m, c.Item2);
            foreach (var building in sample.Drawn.GroupBy(d => d.Household.BuildingId))
            {
                var perBand = Enum.GetValues<FloorBand>().Select(b => building.Count(d => d.Band == b)).ToList();
                Assert.True(perBand.Max() - perBand.Min() <= 1, $"bands {string.Join("/", perBand)}");
            }
        }, iter: 200);

    [Fact]
    public void Draw_OverManySeeds_AllocatesBuildingsInProportionToTheirHouseholds() =>
        Cases.Sample(c =>
        {
            var sample = StratifiedSampler.Draw(c.Households, c.Rate, c.Seed);
            // When a small building is drawn out completely, its share goes to the others.
            var exhausted = c.Households.GroupBy(h => h.BuildingId)
                .Any(b => sample.Drawn.Count(d => d.Household.BuildingId == b.Key) == b.Count());
            foreach (var building in c.Households.GroupBy(h => h.BuildingId).Where(_ => !exhausted))
            {
                var quota = (decimal)sample.Target * building.Count() / c.Households.Count;
                var entrances = building.Select(h => h.Entrance).Distinct().Count();
                var drawn = sample.Drawn.Count(d => d.Household.BuildingId == building.Key);
                Assert.InRange(drawn, Math.Min(building.Count(), (int)Math.Floor(quota)), Math.Max(entrances, (int)Math.Floor(quota) + 1));
            }
        }, iter: 300);

    [Fact]
    public void Draw_WeightsEachHouseholdByTheHouseholdsOfItsBuildingItStandsFor()
    {
        var households = Estates.Build([new(1, 10, 2), new(1, 10, 8)]);
        var sample = StratifiedSampler.Draw(households, 0.10m, 7);
        foreach (var building in sample.Drawn.GroupBy(d => d.Household.BuildingId))
        {
            var total = households.Count(h => h.BuildingId == building.Key);
            Assert.All(building, d => Assert.Equal((decimal)total / building.Count(), d.Weight));
        }
        Assert.Equal(households.Count, sample.Drawn.Sum(d => d.Weight), 6);
    }

    [Fact]
    public void Draw_ForTheSeedsHighRiseEstate_Samples70Of700Households()
    {
        // 000 篇3 五: "高层小区70户" at the 10% rule.
        var households = Estates.Build([new(4, 25, 4), new(4, 25, 3)]);
        var sample = StratifiedSampler.Draw(households, 0.10m, 2005);
        Assert.Equal(700, sample.Households);
        Assert.Equal(70, sample.Drawn.Count);
    }

    [Fact]
    public void DrawReplacement_OverManySeeds_TakesAnUndrawnHouseholdOfTheSameEntranceAndBandWhenThereIsOne() =>
        Cases.Sample(c =>
        {
            var sample = StratifiedSampler.Draw(c.Households, c.Rate, c.Seed);
            var declined = sample.Drawn[0];
            var drawn = sample.Drawn.Select(d => d.Household.UnitId).ToHashSet();
            var replacement = StratifiedSampler.DrawReplacement(c.Households, drawn, declined, sample.Drawn.Count + 1, c.Seed);
            var building = c.Households.Where(h => h.BuildingId == declined.Household.BuildingId).ToList();
            var sameSpot = building.Where(h => !drawn.Contains(h.UnitId) && h.Entrance == declined.Household.Entrance
                && StratifiedSampler.BandOf(h, building) == declined.Band).ToList();
            if (drawn.Count == c.Households.Count)
            {
                Assert.Null(replacement);
                return;
            }
            Assert.NotNull(replacement);
            Assert.DoesNotContain(replacement.Household.UnitId, drawn);
            if (sameSpot.Count > 0)
            {
                Assert.Contains(replacement.Household, sameSpot);
            }
            Assert.Equal(replacement, StratifiedSampler.DrawReplacement(c.Households, drawn, declined, sample.Drawn.Count + 1, c.Seed));
        }, iter: 300);

    [Fact]
    public void Draw_FromNoHouseholds_DrawsNothing() =>
        Assert.Empty(StratifiedSampler.Draw([], 0.10m, 1).Drawn);
}
