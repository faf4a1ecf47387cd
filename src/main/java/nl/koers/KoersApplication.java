package nl.koers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KoersApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			// java -jar koers.jar import FILE ...: the same application without its web
			// server
			System.exit(SpringApplication
				.exit(new SpringApplicationBuilder(KoersApplication.class).web(WebApplicationType.NONE).run(args)));
		}
		SpringApplication.run(KoersApplication.class, args);
	}

}
