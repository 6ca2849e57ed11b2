using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>
/// The demo group: 28 estates (three of them offices) of two companies, about 8,600 units — the shape of the seed
/// survey (000 篇3). The first three are the estates every other service's demo data refers to.
/// </summary>
internal static class DemoGroup
{
    private const string Huating = "华庭物业服务有限公司";
    private const string Jincheng = "锦城商业物业管理有限公司";

    private static readonly (string Name, string Company, EstateKind Kind, string District)[] MoreEstates =
    [
        ("枫叶小区", Huating, EstateKind.Residential, "西湖区"), ("高新南区", Huating, EstateKind.Residential, "滨江区"),
        ("高新西区", Huating, EstateKind.Residential, "滨江区"), ("碧水湾", Huating, EstateKind.Residential, "萧山区"),
        ("紫荆花园", Huating, EstateKind.Residential, "西湖区"), ("望江公寓", Huating, EstateKind.Residential, "上城区"),
        ("兰亭雅苑", Huating, EstateKind.Residential, "拱墅区"), ("桂花城", Huating, EstateKind.Residential, "西湖区"),
        ("清水湾", Huating, EstateKind.Residential, "余杭区"), ("香樟园", Huating, EstateKind.Residential, "拱墅区"),
        ("梧桐苑", Huating, EstateKind.Residential, "上城区"), ("星河湾", Huating, EstateKind.Residential, "滨江区"),
        ("锦绣华庭", Huating, EstateKind.Residential, "萧山区"), ("玉泉山庄", Huating, EstateKind.Residential, "西湖区"),
        ("高科大厦", Jincheng, EstateKind.Office, "滨江区"), ("科技园写字楼", Jincheng, EstateKind.Office, "余杭区"),
        ("高科花园", Jincheng, EstateKind.Residential, "滨江区"), ("东方丽苑", Jincheng, EstateKind.Residential, "上城区"),
        ("阳光家园", Jincheng, EstateKind.Residential, "拱墅区"), ("和平里", Jincheng, EstateKind.Residential, "上城区"),
        ("湖畔居", Jincheng, EstateKind.Residential, "西湖区"), ("书香门第", Jincheng, EstateKind.Residential, "余杭区"),
        ("新城国际", Jincheng, EstateKind.Residential, "萧山区"), ("水岸华府", Jincheng, EstateKind.Residential, "萧山区"),
        ("翡翠城", Jincheng, EstateKind.Residential, "余杭区"),
    ];

    private static readonly (string Layout, decimal Area)[] Homes =
        [("2室1厅1卫", 78.35m), ("2室2厅1卫", 89.30m), ("3室2厅1卫", 102.80m), ("3室2厅2卫", 118.50m), ("4室2厅2卫", 143.60m)];

    public static readonly IReadOnlyList<DemoEstate> Estates =
    [
        new(DemoEstates.EmeraldLake, "CH-001", "翠湖花园", Huating, EstateKind.Residential, "杭州市西湖区翠湖路88号", 12, 2, 18, 2, "3室2厅2卫", 118.50m),
        new(DemoEstates.GoldenOsmanthus, "JG-002", "金桂苑", Huating, EstateKind.Residential, "杭州市拱墅区金桂街16号", 10, 2, 11, 2, "2室2厅1卫", 89.30m),
        new(DemoEstates.Riverside, "BJ-003", "滨江商务中心", Jincheng, EstateKind.Office, "杭州市滨江区江南大道1200号", 3, 1, 25, 8, "开放式办公", 156.00m),
        .. MoreEstates.Select((e, i) => Generated(i, e.Name, e.Company, e.Kind, e.District)),
    ];

    private static DemoEstate Generated(int i, string name, string company, EstateKind kind, string district)
    {
        var id = DemoEstates.Group[i + 3];
        var code = $"DM-{i + 4:000}";
        var address = $"杭州市{district}{name}路{(i * 37 % 300) + 1}号";
        if (kind == EstateKind.Office)
        {
            return new(id, code, name, company, kind, address, 1 + i % 2, 1, 20, 6, "开放式办公", 120.00m);
        }
        var (layout, area) = Homes[i % Homes.Length];
        return new(id, code, name, company, kind, address, 3 + i % 4, 2, 6 + i * 5 % 13, 2 + i % 2, layout, area);
    }
}

internal sealed record DemoEstate(Guid Id, string Code, string Name, string Company, EstateKind Kind, string Address,
    int Buildings, int Entrances, int Floors, int UnitsPerFloor, string Layout, decimal Area);
