using CsCheck;
using PropertyCloud.Surveys.Api.Domain.Sampling;

namespace PropertyCloud.Surveys.UnitTests;

/// <summary>Random estates for property tests: buildings of entrances × floors × units per floor.</summary>
internal static class Estates
{
    public sealed record BuildingShape(int Entrances, int Floors, int UnitsPerFloor);

    public static readonly Gen<BuildingShape> Building =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 33], Gen.Int[1, 4], (e, f, u) => new BuildingShape(e, f, u));

    public static readonly Gen<List<SamplingUnit>> Any = Building.List[1, 6].Select(Build);

    public static List<SamplingUnit> Build(IReadOnlyList<BuildingShape> shapes)
    {
        var units = new List<SamplingUnit>();
        for (var b = 0; b < shapes.Count; b++)
        {
            var buildingId = new Guid(b + 1, 0, 0, new byte[8]);
            for (var e = 1; e <= shapes[b].Entrances; e++)
            {
                for (var f = 1; f <= shapes[b].Floors; f++)
                {
                    for (var u = 1; u <= shapes[b].UnitsPerFloor; u++)
                    {
                        units.Add(new SamplingUnit(Guid.NewGuid(), buildingId, e.ToString(), f));
                    }
                }
            }
        }
        return units;
    }
}
