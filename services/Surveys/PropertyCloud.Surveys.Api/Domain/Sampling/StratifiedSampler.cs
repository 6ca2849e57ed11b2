namespace PropertyCloud.Surveys.Api.Domain.Sampling;

/// <summary>
/// Draws an estate's households at random by the rules of 000 篇3 四: at least <c>rate</c> of the households, at
/// least one per entrance (单元), buildings allocated in proportion to their households, floors spread evenly over
/// low, middle and high. The same households and seed always give the same sample, whatever order they come in.
/// </summary>
public static class StratifiedSampler
{
    public static EstateSample Draw(IEnumerable<SamplingUnit> households, decimal rate, int seed)
    {
        var frame = Frame(households);
        if (frame.Count == 0)
        {
            return new EstateSample([], 0, 0, 0);
        }
        var random = new Random(seed);
        var buildings = frame.GroupBy(h => h.BuildingId).Select(g => g.ToList()).ToList();
        var target = (int)Math.Ceiling(frame.Count * rate);
        var allocation = Allocate(buildings, frame.Count, target);
        var drawn = new List<SampleDraw>();
        for (var b = 0; b < buildings.Count; b++)
        {
            var bandOf = Bands(buildings[b]);
            var picked = PickInBuilding(buildings[b], bandOf, allocation[b], random);
            var weight = (decimal)buildings[b].Count / picked.Count;
            foreach (var household in picked)
            {
                drawn.Add(new SampleDraw(household, bandOf(household), drawn.Count + 1, weight));
            }
        }
        var entrances = frame.Select(h => (h.BuildingId, h.Entrance)).Distinct().Count();
        return new EstateSample(drawn, frame.Count, entrances, target);
    }

    /// <summary>
    /// A replacement for a household that declined: drawn at random from the households not yet drawn, nearest first
    /// (same entrance and floor band, then same building and band, same building, then anywhere). Null when none is left.
    /// </summary>
    public static SampleDraw? DrawReplacement(
        IEnumerable<SamplingUnit> households, IReadOnlySet<Guid> alreadyDrawn, SampleDraw declined, int nextOrder, int seed)
    {
        var frame = Frame(households);
        var building = frame.Where(h => h.BuildingId == declined.Household.BuildingId).ToList();
        var free = frame.Where(h => !alreadyDrawn.Contains(h.UnitId)).ToList();
        var sameBuilding = free.Where(h => h.BuildingId == declined.Household.BuildingId).ToList();
        var buildingBand = Bands(building);
        var sameBand = sameBuilding.Where(h => buildingBand(h) == declined.Band).ToList();
        var sameEntranceAndBand = sameBand.Where(h => h.Entrance == declined.Household.Entrance).ToList();
        var candidates = new[] { sameEntranceAndBand, sameBand, sameBuilding, free }.FirstOrDefault(c => c.Count > 0);
        if (candidates is null)
        {
            return null;
        }
        var random = new Random(unchecked(seed + (nextOrder * 7919)));
        var chosen = candidates[random.Next(candidates.Count)];
        var chosenBuilding = frame.Where(h => h.BuildingId == chosen.BuildingId).ToList();
        // The replacement stands for the households the declined one stood for.
        return new SampleDraw(chosen, BandOf(chosen, chosenBuilding), nextOrder, declined.Weight);
    }

    /// <summary>Low, middle or high third of the floors its building's households live on.</summary>
    public static FloorBand BandOf(SamplingUnit household, IReadOnlyCollection<SamplingUnit> building) =>
        Bands(building)(household);

    /// <summary>The band of each household of one building, its floor range measured once.</summary>
    private static Func<SamplingUnit, FloorBand> Bands(IReadOnlyCollection<SamplingUnit> building)
    {
        var lowest = building.Min(h => h.Floor);
        var span = building.Max(h => h.Floor) - lowest + 1;
        return household => (FloorBand)((household.Floor - lowest) * 3 / span);
    }

    private static List<SamplingUnit> Frame(IEnumerable<SamplingUnit> households) =>
        [.. households.DistinctBy(h => h.UnitId)
            .OrderBy(h => h.BuildingId).ThenBy(h => h.Entrance, StringComparer.Ordinal).ThenBy(h => h.Floor).ThenBy(h => h.UnitId)];

    /// <summary>Proportional to households by largest remainders, never fewer than the building's entrances.</summary>
    private static int[] Allocate(List<List<SamplingUnit>> buildings, int households, int target)
    {
        var quotas = buildings.Select(b => (decimal)target * b.Count / households).ToArray();
        var allocation = buildings.Select((b, i) =>
            Math.Min(b.Count, Math.Max(b.Select(h => h.Entrance).Distinct().Count(), (int)Math.Floor(quotas[i])))).ToArray();
        var byRemainder = Enumerable.Range(0, buildings.Count)
            .OrderByDescending(i => quotas[i] - Math.Floor(quotas[i])).ThenBy(i => i).ToList();
        var remaining = target - allocation.Sum();
        // Largest remainders first, skipping buildings the entrance minimum already lifted above their quota.
        foreach (var i in byRemainder.Where(i => allocation[i] < quotas[i]))
        {
            if (remaining == 0)
            {
                break;
            }
            allocation[i]++;
            remaining--;
        }
        while (remaining > 0 && byRemainder.Any(i => allocation[i] < buildings[i].Count))
        {
            foreach (var i in byRemainder.Where(i => allocation[i] < buildings[i].Count))
            {
                if (remaining == 0)
                {
                    break;
                }
                allocation[i]++;
                remaining--;
            }
        }
        return allocation;
    }

    /// <summary>One household per entrance first, then the floor band with fewest picks, from its least-picked entrance.</summary>
    private static List<SamplingUnit> PickInBuilding(List<SamplingUnit> building, Func<SamplingUnit, FloorBand> bandOf, int count, Random random)
    {
        var pools = building.GroupBy(h => (h.Entrance, Band: bandOf(h)))
            .ToDictionary(g => g.Key, g => g.ToList());
        var entrances = building.Select(h => h.Entrance).Distinct().ToList();
        var bandPicks = new int[3];
        var entrancePicks = entrances.ToDictionary(e => e, _ => 0);
        var picked = new List<SamplingUnit>(count);

        void Take((string Entrance, FloorBand Band) key)
        {
            var pool = pools[key];
            var index = random.Next(pool.Count);
            picked.Add(pool[index]);
            pool.RemoveAt(index);
            bandPicks[(int)key.Band]++;
            entrancePicks[key.Entrance]++;
        }

        foreach (var entrance in entrances)
        {
            var bands = Enum.GetValues<FloorBand>().Where(b => pools.TryGetValue((entrance, b), out var p) && p.Count > 0).ToList();
            Take((entrance, Fewest(bands, b => bandPicks[(int)b], random)));
        }
        while (picked.Count < count)
        {
            var open = pools.Where(p => p.Value.Count > 0).Select(p => p.Key).ToList();
            var band = Fewest(open.Select(k => k.Band).Distinct().ToList(), b => bandPicks[(int)b], random);
            var entrance = Fewest(open.Where(k => k.Band == band).Select(k => k.Entrance).ToList(), e => entrancePicks[e], random);
            Take((entrance, band));
        }
        return picked;
    }

    private static T Fewest<T>(List<T> options, Func<T, int> picks, Random random)
    {
        var least = options.Min(picks);
        var tied = options.Where(o => picks(o) == least).ToList();
        return tied[random.Next(tied.Count)];
    }
}
