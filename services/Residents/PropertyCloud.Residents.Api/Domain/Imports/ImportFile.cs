namespace PropertyCloud.Residents.Api.Domain.Imports;

/// <summary>The bytes of an uploaded register file, kept apart from its job (status reads stay small) and deleted once the job finishes.</summary>
public sealed class ImportFile
{
    public Guid ImportJobId { get; private set; }
    public byte[] Content { get; private set; } = [];

    private ImportFile() { }

    public static ImportFile For(ImportJob job, byte[] content) => new() { ImportJobId = job.Id, Content = content };
}
