using System.Net;
using System.Net.Sockets;

namespace SageMakerRules.Cli.Tests.Infrastructure;

/// <summary>Finds a loopback port nobody listens on.</summary>
public static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
