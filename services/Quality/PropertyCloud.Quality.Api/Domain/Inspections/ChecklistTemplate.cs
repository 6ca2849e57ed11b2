using PropertyCloud.Quality.Api.Domain.Rules;

namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>A checklist the quality department inspects estates with (品质检查表), e.g. "公共区域保洁" with its items.</summary>
public sealed class ChecklistTemplate
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public List<ChecklistItem> Items { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private ChecklistTemplate() { }

    public static ChecklistTemplate Create(string name, IEnumerable<ChecklistItem> items, string createdBy, DateTimeOffset now)
    {
        var list = items.ToList();
        ChecklistItemsMustBeDistinct.Check(list);
        return new ChecklistTemplate
        {
            Id = Guid.CreateVersion7(), Name = name, Items = list, CreatedAt = now, CreatedBy = createdBy,
        };
    }
}
