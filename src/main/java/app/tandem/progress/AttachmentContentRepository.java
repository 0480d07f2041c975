package app.tandem.progress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {

    Optional<AttachmentContent> findByAttachmentId(long attachmentId);
}
