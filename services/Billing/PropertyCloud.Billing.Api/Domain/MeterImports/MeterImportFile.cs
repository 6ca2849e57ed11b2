namespace PropertyCloud.Billing.Api.Domain.MeterImports;

/// <summary>The bytes of an uploaded meter sheet, kept apart from its job (status reads stay small) and deleted once the job finishes.</summary>
public sealed class MeterImportFile
{
    public Guid MeterImportJobId { get; private set; }
    public byte[] Content { get; private set; } = [];

    private MeterImportFile() { }

    public static MeterImportFile For(MeterImportJob job, byte[] content) => new() { MeterImportJobId = job.Id, Content = content };
}
