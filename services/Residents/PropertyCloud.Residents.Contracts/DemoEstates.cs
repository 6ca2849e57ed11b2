namespace PropertyCloud.Residents.Contracts;

/// <summary>
/// Fixed ids of the demo estates, so that the demo users' estate claims (Identity) and the demo
/// register (Residents) agree without either reading the other's data. Demo mode only.
/// </summary>
public static class DemoEstates
{
    /// <summary>翠湖花园 Emerald Lake Gardens (residential, company 1).</summary>
    public static readonly Guid EmeraldLake = new("0b1e0000-0000-4000-8000-000000000001");

    /// <summary>金桂苑 Golden Osmanthus Court (residential, company 1).</summary>
    public static readonly Guid GoldenOsmanthus = new("0b1e0000-0000-4000-8000-000000000002");

    /// <summary>滨江商务中心 Riverside Business Centre (office, company 2).</summary>
    public static readonly Guid Riverside = new("0b1e0000-0000-4000-8000-000000000003");

    /// <summary>The three estates every service's demo data is built around (users, charge items, repair orders).</summary>
    public static readonly IReadOnlyList<Guid> All = [EmeraldLake, GoldenOsmanthus, Riverside];

    /// <summary>
    /// The whole demo group: the three above first, then 25 more, 28 estates of two companies like the seed survey
    /// (000 篇3). Residents registers as many of them as DemoData:Estates says (default all); other services learn
    /// of them through events.
    /// </summary>
    public static readonly IReadOnlyList<Guid> Group =
        [.. All, .. Enumerable.Range(4, 25).Select(n => new Guid($"0b1e0000-0000-4000-8000-{n:x12}"))];
}
