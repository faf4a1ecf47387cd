package nl.koers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KoersApplication {

	public static void main(String[] args) {
		SpringApplication.run(KoersApplication.class, args);
	}

}
