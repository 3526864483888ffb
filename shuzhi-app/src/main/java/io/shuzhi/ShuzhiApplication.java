package io.shuzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ShuzhiApplication {
    public static void main(String[] args) {
        SpringApplication.run(ShuzhiApplication.class, args);
    }
}
