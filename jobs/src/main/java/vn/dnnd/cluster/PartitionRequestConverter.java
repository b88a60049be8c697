package vn.dnnd.cluster;

import java.nio.charset.StandardCharsets;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request on the wire: {@code <step name> <step execution id>} as plain text. Not Java
 * serialisation, so a message put on the queue by anyone else can never make a worker build objects; anything
 * else is refused as unreadable.
 */
final class PartitionRequestConverter implements MessageConverter {

    static final String CONTENT_TYPE = "text/vnd.dnnd.partition";

    @Override
    public Message toMessage(Object object, MessageProperties properties) {
        if (!(object instanceof StepExecutionRequest request)) {
            throw new MessageConversionException("not a partition request: " + object);
        }
        properties.setContentType(CONTENT_TYPE);
        properties.setDeliveryMode(org.springframework.amqp.core.MessageDeliveryMode.PERSISTENT);
        String text = request.getStepName() + " " + request.getStepExecutionId();
        return new Message(text.getBytes(StandardCharsets.UTF_8), properties);
    }

    @Override
    public StepExecutionRequest fromMessage(Message message) {
        String text = new String(message.getBody(), StandardCharsets.UTF_8).strip();
        String[] parts = text.split(" ");
        if (parts.length != 2 || !parts[0].matches("[A-Za-z][A-Za-z0-9]{0,99}") || !parts[1].matches("[0-9]{1,18}")) {
            throw new MessageConversionException("unreadable partition request (" + Math.min(text.length(), 200)
                    + " characters): expected '<step name> <step execution id>'");
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}
