namespace PropertyCloud.Surveys.Api.Domain.Templates;

/// <summary>The group's standard questionnaire from the 28-estate survey (000 篇3 三): 6 categories, 25 items, 5 points.</summary>
public static class StandardTemplate
{
    public static readonly Guid Id = new("5a7e0000-0000-4000-8000-000000000001");
    public const string Code = "standard-6x25";

    public static SurveyTemplate Create(DateTimeOffset now) => SurveyTemplate.Publish(
        Id, Code, 1, "物业服务客户满意度调查（6大项25子项）", 5, "您对物业服务的总体满意度",
        [
            Category("daily-management", "日常管理工作",
                "服务人员礼仪与服务态度", "协防（保安）人员", "保洁人员", "绿化人员", "维修人员", "车辆管理人员", "管理人员"),
            Category("complaints", "处理业主投诉",
                "管理机构对投诉的处理", "受理投诉的态度", "受理投诉的及时性", "投诉信息的反映与反馈", "投诉受理结果", "重大投诉问题的处理"),
            Category("communication", "与业主日常沟通",
                "停水停电通知", "交费通知", "政府部门通知传达", "防盗提示", "意见征询", "温馨提示"),
            Category("convenience", "便民服务", "无偿服务", "有偿服务"),
            Category("culture", "营造社区文化", "社区文化活动", "社区整体精神面貌", "社区文化氛围"),
            Category("brand", "物业管理水平", "物业管理品牌认可度"),
        ],
        now);

    private static TemplateCategory Category(string code, string name, params string[] items) => new()
    {
        Code = code,
        Name = name,
        Items = [.. items.Select((text, i) => new TemplateItem($"{code}-{i + 1}", text))],
    };
}
