import { deleteChannelContract, saveChannelContract } from '@estate/domain';
import { callable } from '../lib/callable';
import { deleteChannel } from './delete-channel.handler';
import { saveChannel } from './save-channel.handler';

export const saveChannelCallable = callable(saveChannelContract, saveChannel);
export const deleteChannelCallable = callable(deleteChannelContract, deleteChannel);
