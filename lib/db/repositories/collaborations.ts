import { CollaborationSchema } from '../../domain';
import { creatorRecordRepository } from './records-by-creator';

export const collaborations = creatorRecordRepository('collaborations', CollaborationSchema);
