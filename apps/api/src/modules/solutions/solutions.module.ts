import { Module } from '@nestjs/common';
import { SolutionsResolver } from './solutions.resolver';
import { SolutionsService } from './solutions.service';

@Module({ providers: [SolutionsService, SolutionsResolver], exports: [SolutionsService] })
export class SolutionsModule {}
