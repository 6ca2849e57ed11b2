using System.Globalization;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>Deterministic, realistic-looking Chinese people for the demo: names, mobiles, valid resident ID numbers.</summary>
public sealed class DemoPeopleGenerator(int seed)
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    ];

    private static readonly string[] MaleGiven =
        ["伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩",
         "建国", "志强", "俊杰", "文博", "子轩", "浩然", "宇航", "晓东", "建华", "国平", "海涛", "立新", "振宇", "家豪", "天佑"];

    private static readonly string[] FemaleGiven =
        ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "颖", "琳", "倩", "洁", "萍", "红", "梅",
         "秀英", "桂英", "丽华", "晓燕", "雅琴", "欣怡", "梓涵", "诗琪", "雨桐", "佳怡", "思雨", "婉清", "慧敏", "春梅", "海燕"];

    private static readonly string[] MobilePrefixes =
        ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "158", "159",
         "180", "181", "182", "186", "187", "188", "189"];

    private static readonly (string Code, string Place)[] Regions =
    [
        ("330106", "浙江杭州"), ("330105", "浙江杭州"), ("330108", "浙江杭州"), ("330203", "浙江宁波"), ("330302", "浙江温州"),
        ("330602", "浙江绍兴"), ("310101", "上海"), ("320102", "江苏南京"), ("320505", "江苏苏州"), ("340104", "安徽合肥"),
        ("360102", "江西南昌"), ("420106", "湖北武汉"), ("430103", "湖南长沙"), ("510104", "四川成都"), ("410105", "河南郑州"),
    ];

    private static readonly string[] CompanyWords = ["华信", "恒达", "启明", "瑞丰", "鼎盛", "宏图", "卓越", "新纪元", "博远", "汇通"];
    private static readonly string[] CompanyTrades = ["科技", "贸易", "咨询", "网络", "设计", "投资", "文化传媒", "建设工程"];

    private readonly Random _random = new(seed);

    public Gender NextGender() => _random.Next(2) == 0 ? Gender.Male : Gender.Female;

    public string Name(Gender gender) =>
        Pick(Surnames) + (gender == Gender.Female ? Pick(FemaleGiven) : Pick(MaleGiven));

    public string Mobile() => Pick(MobilePrefixes) + _random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public (string IdNumber, string NativePlace) IdNumber(Gender gender, int minYear = 1950, int maxYear = 2000)
    {
        var (code, place) = Pick(Regions);
        var birth = new DateOnly(minYear, 1, 1).AddDays(_random.Next(0, (maxYear - minYear) * 365));
        var sequence = _random.Next(0, 500) * 2 + (gender == Gender.Female ? 0 : 1);
        var first17 = code + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return (first17 + ChineseIdNumber.CheckCharacter(first17), place);
    }

    public string CompanyName(string city) => $"{city}{Pick(CompanyWords)}{Pick(CompanyTrades)}有限公司";

    /// <summary>A unified social credit code shape (18 characters); not checksummed, as the demo never validates it.</summary>
    public string CreditCode() => "91330" + _random.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(CultureInfo.InvariantCulture);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
