using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>Titles and details of the problem answers every service gives.</summary>
internal static class ProblemTexts
{
    public static readonly LocalizedText ValidationTitle = new("请求包含无效字段", "One or more fields are invalid");
    public static readonly LocalizedText MalformedBody = new("请求正文不是有效的 JSON", "The request body is not valid JSON");
    public static readonly LocalizedText MalformedField = new("字段值格式不正确", "The field's value has the wrong format");
    public static readonly LocalizedText RuleTitle = new("业务规则不允许此操作", "A business rule does not allow this");
    public static readonly LocalizedText ConflictTitle = new("与现有数据冲突", "Conflicts with existing data");
    public static readonly LocalizedText ChangedMeanwhile = new("数据已被他人修改，请刷新后重试", "Someone else changed this meanwhile; reload and retry");
    public static readonly LocalizedText Duplicate = new("已存在相同的记录", "A record with the same key already exists");
    public static readonly LocalizedText Unavailable = new("服务暂时不可用，请稍后重试", "The service is temporarily unavailable; retry shortly");
    public static readonly LocalizedText Unexpected = new("服务器内部错误", "An unexpected error occurred");
}
