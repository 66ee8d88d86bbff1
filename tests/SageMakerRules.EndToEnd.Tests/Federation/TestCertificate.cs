using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>A self-signed server certificate for https://127.0.0.1, made fresh for each test run.</summary>
internal sealed record TestCertificate(string CertificatePem, string PrivateKeyPem)
{
    public static TestCertificate Create(TimeProvider clock)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(
            "CN=SageMakerRules OIDC test server",
            key,
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(
                X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign,
                true
            )
        );
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));

        var now = clock.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));

        return new TestCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    public override string ToString() => "TestCertificate";
}
