using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Builds multipart uploads and sample files for the document endpoints.</summary>
public static class Uploads
{
    public static byte[] Pdf(int size = 4096)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static MultipartFormDataContent Form(
        byte[] content, string fileName = "入伙表.pdf", string contentType = "application/pdf",
        string title = "入伙登记表", string category = "MoveInForm", string level = "B", string? indexNumber = "KH-03-2-15",
        int? retentionYears = null, DateTimeOffset? originalFiledAt = null, bool? isPublic = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(title, Encoding.UTF8), "title" },
            { new StringContent(category), "category" },
            { new StringContent(level), "level" },
        };
        if (indexNumber is not null)
        {
            form.Add(new StringContent(indexNumber), "indexNumber");
        }
        if (retentionYears is not null)
        {
            form.Add(new StringContent(retentionYears.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), "retentionYears");
        }
        if (originalFiledAt is not null)
        {
            form.Add(new StringContent(originalFiledAt.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture)), "originalFiledAt");
        }
        if (isPublic is not null)
        {
            form.Add(new StringContent(isPublic.Value ? "true" : "false"), "public");
        }
        form.Add(File(content, contentType), "file", fileName);
        return form;
    }

    public static MultipartFormDataContent VersionForm(byte[] content, string fileName = "v2.pdf", string contentType = "application/pdf") =>
        new() { { File(content, contentType), "file", fileName } };

    public static async Task<DocumentResponse> FileAsync(HttpClient client, Guid estateId, Guid fileId, byte[] content, string level = "B")
    {
        var response = await client.PostAsync($"/api/archives/estates/{estateId}/files/{fileId}/documents", Form(content, level: level));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    private static ByteArrayContent File(byte[] content, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return file;
    }
}
