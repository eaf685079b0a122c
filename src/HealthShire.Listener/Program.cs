Console.WriteLine("HealthShire Listener");
