using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Multipart form filing a document: its metadata and the file itself.</summary>
public sealed class DocumentUploadForm
{
    public string? Title { get; set; }
    public DocumentCategory? Category { get; set; }
    public ConfidentialityLevel? Level { get; set; }

    /// <summary>Years to keep; the category's default when left out.</summary>
    public int? RetentionYears { get; set; }

    /// <summary>Index number of the paper original: category-cabinet-shelf-box.</summary>
    public string? IndexNumber { get; set; }
    public IFormFile? File { get; set; }

    /// <summary>When the paper original was first filed, for archives being digitised; retention counts from it.</summary>
    public DateTimeOffset? OriginalFiledAt { get; set; }

    /// <summary>A level C technical drawing owners may see.</summary>
    public bool? Public { get; set; }

    public DocumentDetails ToDetails() => new(Title!, Category!.Value, Level!.Value, RetentionYears, IndexNumber, OriginalFiledAt, Public ?? false);
}

internal sealed class DocumentUploadFormValidator : AbstractValidator<DocumentUploadForm>
{
    private static readonly LocalizedText IndexNumberFormat =
        new("档号格式应为 类别-柜号-架号-盒号，如 KH-03-2-15", "The index number must read category-cabinet-shelf-box, e.g. KH-03-2-15");

    public DocumentUploadFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().MaximumLength(200);
        RuleFor(f => f.Category).NotNull().IsInEnum();
        RuleFor(f => f.Level).NotNull().IsInEnum();
        RuleFor(f => f.RetentionYears).InclusiveBetween(1, RetentionPeriods.MaxYears);
        RuleFor(f => f.IndexNumber!).Must(IndexNumber.IsValid).When(f => f.IndexNumber is not null)
            .WithMessage(_ => IndexNumberFormat.ToString());
        RuleFor(f => f.File).NotNull();
    }
}
